using System.Net;
using System.Text;

namespace AceStep.Client.Tests.Support;

/// <summary>An in-memory server for unit tests: answers each request with a delegate and records what was sent.</summary>
internal sealed class StubHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    public StubHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(string text, HttpStatusCode status, string mediaType = "text/plain") =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Envelope(string dataJson, int code = 200, string? error = null) =>
        Json($$"""{"data":{{dataJson}},"code":{{code}},"error":{{(error is null ? "null" : "\"" + error + "\"")}},"timestamp":1750912345678,"extra":null}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            request.Headers.Range?.Ranges.FirstOrDefault()?.From);
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        return await respond(recorded, cancellationToken);
    }
}
