namespace AceStep.Batch;

/// <summary>
/// One ACE-Step server of a batch, with its own protocol, key and limit. The key is used only for this
/// server's requests: it is never written to the queue, the manifest, an event or <see cref="ToString"/>.
/// </summary>
public sealed class ServerEndpoint
{
    public ServerEndpoint(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"A server address must be http:// or https://, not {endpoint.Scheme}://.", nameof(endpoint));
        }

        Endpoint = endpoint;
        Name = NameOf(endpoint);
    }

    public Uri Endpoint { get; }

    /// <summary>The address without credentials, with a trailing slash: how the queue and the manifest name the server.</summary>
    public string Name { get; }

    public string? ApiKey { get; init; }

    public ServerMode Mode { get; init; } = ServerMode.Native;

    /// <summary>
    /// How many jobs the server may hold at once, running and waiting, over every runner; null uses
    /// <see cref="BatchOptions.DefaultServerCapacity"/>. ACE-Step runs one job at a time, so 2 keeps it busy
    /// (the next job waits while one runs) without piling work on one server.
    /// </summary>
    public int? Capacity { get; init; }

    public override string ToString() => $"{Name} ({(Mode == ServerMode.Native ? "native" : "completion")})";

    private static string NameOf(Uri endpoint)
    {
        var builder = new UriBuilder(endpoint) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty };
        var text = builder.Uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith('/') ? text : text + "/";
    }
}
