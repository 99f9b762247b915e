using AceStep.Cli.Configuration;
using AceStep.Cli.Platform;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>One library client per server address, for a command that visits the jobs of several servers.</summary>
internal sealed class ClientsByServer : IDisposable
{
    private readonly CliEnvironment _environment;
    private readonly Dictionary<string, AceStepClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    public ClientsByServer(CliEnvironment environment) => _environment = environment;

    public AceStepClient For(CliSettings settings)
    {
        if (!_clients.TryGetValue(settings.ServerDisplay, out var client))
        {
            client = ClientFactory.Create(settings, _environment);
            _clients[settings.ServerDisplay] = client;
        }

        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
