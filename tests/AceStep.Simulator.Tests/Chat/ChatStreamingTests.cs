using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Chat;

/// <summary>Streaming chat completions: SSE framing, heartbeats, Python JSON formatting (see docs/protocol.md, "Chat completions").</summary>
public sealed class ChatStreamingTests
{
    [Fact]
    public async Task Stream_sends_role_heartbeats_metadata_audio_stop_and_done()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync(o =>
        {
            o.FixedGenerationTime = TimeSpan.FromMilliseconds(600);
            o.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
        });

        using var response = await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("café lofi", ",\"stream\":true"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", events[^1]);
        JsonElement[] chunks = [.. events[..^1].Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement)];
        Assert.All(chunks, c => Assert.Equal(["id", "object", "created", "model", "choices"], Json.Keys(c)));
        Assert.Single(chunks.Select(c => c.GetProperty("id").GetString()).Distinct());
        Assert.Single(chunks.Select(c => c.GetProperty("created").GetInt64()).Distinct());
        Assert.Equal("""{"role":"assistant","content":""}""", Delta(chunks[0]).GetRawText().Replace(" ", "", StringComparison.Ordinal));
        var heartbeats = chunks.Count(c => Delta(c).TryGetProperty("content", out var dot) && dot.GetString() == ".");
        Assert.InRange(heartbeats, 2, 1000);
        Assert.StartsWith("\n\n## Metadata\n**Caption:** café lofi", Delta(chunks[^3]).GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("data:audio/wav;base64,", Delta(chunks[^2]).GetProperty("audio")[0].GetProperty("audio_url").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("{}", Delta(chunks[^1]).GetRawText());
        Assert.Equal("stop", chunks[^1].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.All(chunks[..^1], c => Assert.Equal(JsonValueKind.Null, c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind));
    }

    [Fact]
    public async Task Chunks_use_Python_JSON_formatting_with_non_ASCII_escaped()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var text = await (await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("café", ",\"stream\":true"))).Content.ReadAsStringAsync();

        Assert.StartsWith("data: {\"id\": \"chatcmpl-", text, StringComparison.Ordinal);
        Assert.Contains("\"object\": \"chat.completion.chunk\", \"created\": ", text, StringComparison.Ordinal);
        Assert.Contains("**Caption:** caf\\u00e9", text, StringComparison.Ordinal);
        Assert.DoesNotContain("é", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_job_streams_the_error_and_finish_reason_error()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync(o => o.Faults.JobFailureRate = 1);

        var text = await (await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("x", ",\"stream\":true"))).Content.ReadAsStringAsync();
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("data: [DONE]", events[^1]);
        var error = JsonDocument.Parse(events[^3]["data: ".Length..]).RootElement;
        Assert.StartsWith("\n\nError: Traceback (most recent call last):", Delta(error).GetProperty("content").GetString(), StringComparison.Ordinal);
        var last = JsonDocument.Parse(events[^2]["data: ".Length..]).RootElement;
        Assert.Equal("error", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Errors_before_the_stream_starts_are_ordinary_HTTP_errors()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("x", ",\"stream\":true")), 503,
            "Model not initialized. init_error=None");
    }

    [Fact]
    public async Task Disposing_the_server_ends_a_stream_waiting_on_a_job_quickly()
    {
        var sim = await ChatTestRequests.StartLoadedAsync(o => o.FixedGenerationTime = TimeSpan.FromMinutes(5));
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StringContent(ChatTestRequests.Simple("x", ",\"stream\":true"), System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await sim.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.StartsWith("data: ", await reader.ReadLineAsync(), StringComparison.Ordinal);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await sim.DisposeAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Dispose took {watch.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => reader.ReadToEndAsync());
    }

    private static JsonElement Delta(JsonElement chunk) => chunk.GetProperty("choices")[0].GetProperty("delta");
}
