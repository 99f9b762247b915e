using System.Net;
using System.Text;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Completion;

public sealed class HostileChatServerTests : IDisposable
{
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task A_silent_stream_times_out_and_says_the_job_may_still_run()
    {
        var time = TestClients.NewClock();
        var handler = new StubHandler((_, _) => Task.FromResult(Sse(new HangingStream("data: {\"id\": \"chatcmpl-1\", \"choices\": [{\"delta\": {\"role\": \"assistant\", \"content\": \"\"}}]}\n\n"))));
        using var client = TestClients.Create(handler, time, o => o.StreamIdleTimeout = TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<AceStepTimeoutException>(() => TestClients.RunAsync(
            client.GenerateWithCompletionAsync(new GenerationRequest { Caption = "x" }, new CompletionOptions { Stream = true, Model = "m/x" }, new AudioDestination(_output.Path, "c")),
            time,
            TimeSpan.FromSeconds(1)));

        Assert.True(error.JobMayStillRun);
        Assert.Contains("silent for 10 s", error.Message, StringComparison.Ordinal);
        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task A_stream_that_ends_without_finishing_is_a_protocol_error()
    {
        var handler = new StubHandler(_ => Sse(new MemoryStream(Encoding.UTF8.GetBytes("data: {\"id\": \"chatcmpl-1\", \"choices\": [{\"delta\": {\"content\": \".\"}}]}\n\n"))));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepProtocolException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Stream = true, Model = "m/x" }, new AudioDestination(_output.Path, "c")));

        Assert.True(error.JobMayStillRun);
    }

    [Fact]
    public async Task A_streamed_error_reports_the_last_traceback_line()
    {
        const string events = "data: {\"id\": \"chatcmpl-1\", \"choices\": [{\"delta\": {\"content\": \"\\n\\nError: Traceback (most recent call last):\\n  File \\\"x.py\\\"\\nRuntimeError: CUDA out of memory\"}}]}\n\n"
            + "data: {\"id\": \"chatcmpl-1\", \"choices\": [{\"delta\": {}, \"finish_reason\": \"error\"}]}\n\ndata: [DONE]\n\n";
        var handler = new StubHandler(_ => Sse(new MemoryStream(Encoding.UTF8.GetBytes(events))));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepJobFailedException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Stream = true, Model = "m/x" }, new AudioDestination(_output.Path, "c")));

        Assert.Equal("RuntimeError: CUDA out of memory", error.Reason);
    }

    [Fact]
    public async Task Invalid_base64_audio_is_refused_and_nothing_is_written()
    {
        var handler = new StubHandler(_ => StubHandler.Json(Answer("data:audio/mpeg;base64,@@@notbase64@@@")));
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<AceStepProtocolException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c")));

        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task Audio_that_is_not_a_data_url_is_refused()
    {
        var handler = new StubHandler(_ => StubHandler.Json(Answer("https://evil.example/a.mp3")));
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<AceStepProtocolException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c")));

        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task A_data_url_whose_bytes_contradict_its_mime_type_is_named_after_the_bytes()
    {
        var handler = new StubHandler(_ => StubHandler.Json(Answer("data:audio/mpeg;base64," + Convert.ToBase64String(AudioSamples.FlacHeader(44100)))));
        using var client = TestClients.Create(handler);

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c"));

        Assert.Equal(AudioFormat.Flac, outcome.Files[0].Format);
        Assert.Equal(["c_1.flac"], _output.Files());
    }

    [Fact]
    public async Task An_html_page_instead_of_json_is_a_protocol_error()
    {
        var handler = new StubHandler(_ => StubHandler.Text("<!DOCTYPE html><html><title>Cloudflare</title></html>", HttpStatusCode.OK, "text/html"));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepProtocolException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c")));

        Assert.Contains("expected JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_audio_list_gives_a_result_without_files()
    {
        var handler = new StubHandler(_ => StubHandler.Json("""{"id":"chatcmpl-9","choices":[{"index":0,"message":{"role":"assistant","content":"Music generated successfully.","audio":null},"finish_reason":"stop"}]}"""));
        using var client = TestClients.Create(handler);

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c"));

        Assert.Empty(outcome.Files);
        Assert.Equal("chatcmpl-9", outcome.Result.JobId);
    }

    [Fact]
    public async Task The_key_is_sent_on_chat_too()
    {
        var handler = new StubHandler(_ => StubHandler.Json("""{"id":"chatcmpl-9","choices":[{"message":{"content":"","audio":null},"finish_reason":"stop"}]}"""));
        using var client = TestClients.Create(handler, configure: o => o.ApiKey = "sk-chat");

        await client.GenerateWithCompletionAsync(new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c"));

        Assert.Equal("Bearer sk-chat", handler.Requests[0].Headers["Authorization"]);
    }

    public void Dispose() => _output.Dispose();

    private static string Answer(string url) =>
        "{\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"## Metadata\\n**Caption:** x\",\"audio\":[{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"" + url + "\"}}]},\"finish_reason\":\"stop\"}]}";

    private static HttpResponseMessage Sse(Stream body)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
