using AceStep.Cli.Configuration;
using AceStep.Cli.Platform;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>Creates the library client from the effective settings.</summary>
internal static class ClientFactory
{
    public const string UserAgent = "acestep-cli/1.0";

    public static AceStepClient Create(CliSettings settings, CliEnvironment environment) => new(new AceStepClientOptions
    {
        Endpoint = settings.ApiUrl,
        ApiKey = settings.HasApiKey ? settings.ApiKey : null,
        UserAgent = UserAgent,
        DefaultJobTimeout = settings.Timeout,
        TimeProvider = environment.TimeProvider,
        Random = environment.Random,
    });
}
