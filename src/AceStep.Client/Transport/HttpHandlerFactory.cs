using System.Net;

namespace AceStep.Client.Transport;

/// <summary>Builds the connection-pooling handler the client owns when the caller brings no HttpClient.</summary>
internal static class HttpHandlerFactory
{
    // uvicorn closes idle keep-alive connections after 5 s; retiring ours earlier avoids sending a request
    // on a socket the server is closing (see docs/protocol.md, "Timeouts and connections").
    private static readonly TimeSpan PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4);

    public static SocketsHttpHandler Create(TimeSpan connectTimeout) => new()
    {
        ConnectTimeout = connectTimeout,
        PooledConnectionIdleTimeout = PooledConnectionIdleTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        MaxConnectionsPerServer = 64,
    };
}
