using System.Collections.Concurrent;
using System.Net;

namespace AceStep.Client.Tests.Soak;

/// <summary>
/// Sits under the client's HttpClient and counts what the client actually met, per path and status, so the
/// soak's figures report faults that were hit rather than faults that were merely planned.
/// </summary>
internal sealed class ResponseCounter(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int this[string path, HttpStatusCode status] => _counts.GetValueOrDefault(Key(path, (int)status));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        _counts.AddOrUpdate(Key(request.RequestUri!.AbsolutePath, (int)response.StatusCode), 1, (_, n) => n + 1);
        return response;
    }

    private static string Key(string path, int status) => $"{path} {status}";
}
