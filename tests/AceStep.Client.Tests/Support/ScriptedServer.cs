using System.Net;
using System.Text.Json;

namespace AceStep.Client.Tests.Support;

/// <summary>
/// A stub native server: <c>/release_task</c> accepts with a fixed id, <c>/query_result</c> plays a script of
/// answers (the last one repeats), <c>/v1/stats</c> reports an average job time.
/// </summary>
internal sealed class ScriptedServer
{
    public const string JobId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _polls = new();
    private Func<CancellationToken, Task<HttpResponseMessage>>? _last;

    public ScriptedServer()
    {
        Handler = new StubHandler(RespondAsync);
    }

    public StubHandler Handler { get; }

    public int QueuePosition { get; set; } = 3;

    public double AverageJobSeconds { get; set; } = 10;

    public int PollCount => Handler.Requests.Count(r => r.PathAndQuery == "/query_result");

    public ScriptedServer Then(int status, string resultJson, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Enqueue(_ => Task.FromResult(QueryAnswer(status, resultJson)));
        }

        return this;
    }

    public ScriptedServer ThenHang(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Enqueue(async token =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });
        }

        return this;
    }

    public ScriptedServer ThenStatus(HttpStatusCode status, string body = """{"detail":"Service Unavailable"}""")
    {
        Enqueue(_ => Task.FromResult(StubHandler.Json(body, status)));
        return this;
    }

    public static string Running(double progress, string stage = "Generating music (batch size: 1)...", long createTime = 1780315200) =>
        $$"""[{"file": "", "wave": "", "status": 0, "create_time": {{createTime}}, "progress": {{progress.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "stage": "{{stage}}"}]""";

    public static string Queued(long createTime = 1780315200) =>
        $$"""[{"file": "", "wave": "", "status": 0, "create_time": {{createTime}}, "prompt": "", "lyrics": "", "metas": {}, "progress": 0.0, "stage": "queued", "error": null}]""";

    public static string Succeeded(long createTime = 1780315200) =>
        $$"""[{"file": "/v1/audio?path=%2Ftmp%2Fapi_audio%2Fa.wav", "wave": "", "status": 1, "create_time": {{createTime}}, "prompt": "p", "lyrics": "l", "metas": {"bpm": 120, "duration": 1.0}, "seed_value": "1", "progress": 1.0, "stage": "succeeded"}]""";

    public static string Failed(long createTime = 1780315200, string? error = null) =>
        $$"""[{"file": "", "wave": "", "status": 2, "create_time": {{createTime}}, "progress": 0.0, "stage": "failed", "error": {{(error is null ? "null" : JsonSerializer.Serialize(error, Json.TestJsonContext.Default.String))}}}]""";

    private void Enqueue(Func<CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _polls.Enqueue(answer);
        _last = answer;
    }

    private Task<HttpResponseMessage> RespondAsync(RecordedRequest request, CancellationToken token)
    {
        switch (request.PathAndQuery)
        {
            case "/release_task":
                return Task.FromResult(StubHandler.Envelope($$"""{"task_id":"{{JobId}}","status":"queued","queue_position":{{QueuePosition}}}"""));
            case "/v1/stats":
                return Task.FromResult(StubHandler.Envelope($$"""{"jobs":{"total":1,"queued":1,"running":0,"succeeded":0,"failed":0},"queue_size":1,"queue_maxsize":200,"avg_job_seconds":{{AverageJobSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}"""));
            case "/query_result":
                var next = _polls.Count > 0 ? _polls.Dequeue() : _last ?? throw new InvalidOperationException("no script");
                return next(token);
            default:
                return Task.FromResult(StubHandler.Json("""{"detail":"Not Found"}""", HttpStatusCode.NotFound));
        }
    }

    private static HttpResponseMessage QueryAnswer(int status, string resultJson)
    {
        var entry = $$"""[{"task_id":"{{JobId}}","status":{{status}},"result":{{JsonSerializer.Serialize(resultJson, Json.TestJsonContext.Default.String)}},"progress_text":"Waiting"}]""";
        return StubHandler.Envelope(entry);
    }
}
