using System.Net;

namespace AceStep.Providers.Transport;

/// <summary>The HttpClient a provider client makes for itself when none is given: its own connect timeout, no global timeout (each attempt has its deadline).</summary>
internal static class ProviderHttp
{
    public static HttpClient Create(ProviderSettings settings) =>
        new(new SocketsHttpHandler
        {
            ConnectTimeout = settings.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
