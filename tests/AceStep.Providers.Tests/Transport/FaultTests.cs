using System.Net;
using System.Net.Sockets;
using AceStep.Lyrics.Transcription;
using AceStep.Providers.Gemini;
using AceStep.Providers.OpenAi;
using AceStep.Providers.Tests.Infrastructure;
using AceStep.Simulator.Providers;
using AceStep.Simulator.Providers.Faults;

namespace AceStep.Providers.Tests.Transport;

/// <summary>Every fault a real provider shows, injected in the fakes, met by the real clients over HTTP on 127.0.0.1, timed on a fake clock.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private readonly TestAudio audio = new();
    private readonly RecordingClock clock = new();
    private ProviderFakesHost host = null!;
    private string song = null!;

    public async Task InitializeAsync()
    {
        host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { TimeProvider = clock });
        song = audio.Write("song.mp3");
        host.Fakes.Timelines.RegisterFile(song, Timelines.English());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        audio.Dispose();
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_request_sent_again()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.RateLimited, Seconds: 7));
        using var transcriber = Transcriber();

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        await ClockDriver.RunAsync(clock, run);

        Assert.NotEmpty((await run).Words);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.WaitsUnder(TimeSpan.FromMinutes(1)));
        Assert.Equal(2, host.Fakes.Requests.All.Count);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_longest_wait_is_reported_at_once_with_the_wait()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.RateLimited, Seconds: 120));
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<ProviderRateLimitedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(song)));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("rate_limit_exceeded", error.ProviderCode);
        Assert.Contains("Too many requests: try again in 120 s.", error.Message);
        Assert.Single(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_jittered_waits_until_one_succeeds()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.Status, 503, Count: 2));
        using var transcriber = Transcriber();

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        await ClockDriver.RunAsync(clock, run, TimeSpan.FromMilliseconds(50));

        Assert.NotEmpty((await run).Words);
        Assert.Equal(3, host.Fakes.Requests.All.Count);
        var waits = clock.WaitsUnder(TimeSpan.FromMinutes(1));
        Assert.Equal(2, waits.Count);
        Assert.InRange(waits[0].TotalSeconds, 0.5, 1);
        Assert.InRange(waits[1].TotalSeconds, 1, 2);
    }

    [Fact]
    public async Task A_service_that_keeps_failing_is_reported_after_the_last_attempt_with_its_message()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.Status, 500, Count: 0));
        using var transcriber = Transcriber();

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        await ClockDriver.RunAsync(clock, run, TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => run);

        Assert.Equal(4, host.Fakes.Requests.All.Count);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(
            "OpenAI answered POST /audio/transcriptions with HTTP 500: The server had an error while processing your request. Sorry about that! (after 4 attempts). OpenAI is failing or overloaded; try again later.",
            error.Message);
    }

    [Fact]
    public async Task An_html_error_page_from_a_proxy_is_named_and_quoted_without_its_markup()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.HtmlPage, 502, Count: 0));
        using var transcriber = Transcriber(retries: 0);

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(song)));

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("an HTML page instead of an API answer (a proxy or gateway in between?): api.openai.com | 502: Bad gateway — Bad gateway Error code 502", error.Message);
        Assert.DoesNotContain("<", error.Message);
        Assert.DoesNotContain("window.cf", error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        host.Fakes.Faults.Add(new ProviderFault("gemini", ProviderFaultKind.DropConnection));
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = host.GeminiEndpoint, ApiKey = Keys.Gemini, TimeProvider = clock });

        var run = generator.GenerateAsync(new ImageGenerationRequest("A lake") { Size = "1K" });
        await ClockDriver.RunAsync(clock, run);

        Assert.Equal("image/png", (await run).MimeType);
        Assert.Equal(2, host.Fakes.Requests.All.Count);
    }

    [Fact]
    public async Task A_connection_that_keeps_dropping_is_reported_as_unreachable()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.DropConnection, Count: 0));
        using var transcriber = Transcriber(retries: 1);

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        await ClockDriver.RunAsync(clock, run);
        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => run);

        Assert.StartsWith($"Cannot reach OpenAI at {host.OpenAiEndpoint.ToString().TrimEnd('/')} (POST /audio/transcriptions):", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(after 2 attempts).", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_in_time_is_a_timeout_on_the_injected_clock()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.Delay, Count: 0, Seconds: 600));
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions
        {
            Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi, TimeProvider = clock, MaxRetries = 0, RequestTimeout = TimeSpan.FromSeconds(20),
        });

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        var waited = await ClockDriver.RunAsync(clock, run, TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ProviderTimeoutException>(() => run);

        Assert.Equal("OpenAI did not answer POST /audio/transcriptions within 20 s.", error.Message);
        Assert.Contains(TimeSpan.FromSeconds(20), clock.Timers);
        Assert.True(waited >= TimeSpan.FromSeconds(20), $"gave up after {waited} of fake time");
    }

    [Fact]
    public async Task A_slow_answer_within_the_deadline_is_waited_for()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.Delay, Seconds: 5));
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi, TimeProvider = clock, RequestTimeout = TimeSpan.FromSeconds(60) });

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        await ClockDriver.RunAsync(clock, run, TimeSpan.FromMilliseconds(100));

        Assert.NotEmpty((await run).Words);
        Assert.Single(host.Fakes.Requests.All);
        Assert.Contains(TimeSpan.FromSeconds(5), clock.Timers);
    }

    [Fact]
    public async Task Truncated_json_with_status_200_is_a_protocol_error_and_not_resent()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.MalformedJson));
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<ProviderProtocolException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(song)));

        Assert.StartsWith("OpenAI answered POST /audio/transcriptions with JSON it cannot read", error.Message, StringComparison.Ordinal);
        Assert.Single(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task Insufficient_quota_is_not_retried_and_says_to_check_billing()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.QuotaExhausted, Count: 0));
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<ProviderRateLimitedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(song)));

        Assert.True(error.QuotaExhausted);
        Assert.Equal("insufficient_quota", error.ProviderCode);
        Assert.Contains("check its plan and billing", error.Message);
        Assert.Single(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task Faults_aimed_at_a_path_catch_only_that_path()
    {
        host.Fakes.Faults.Add(new ProviderFault("/v1/speech-to-text", ProviderFaultKind.Status, 500, Count: 0));
        using var transcriber = Transcriber();

        var transcript = await transcriber.TranscribeAsync(new TranscriptionRequest(song));

        Assert.NotEmpty(transcript.Words);
    }

    [Fact]
    public async Task Nothing_listening_is_unreachable_after_the_retries()
    {
        var port = FreePort();
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions
        {
            Endpoint = new Uri($"http://127.0.0.1:{port}/v1"), ApiKey = Keys.OpenAi, TimeProvider = clock, MaxRetries = 2,
        });

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song));
        await ClockDriver.RunAsync(clock, run);
        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => run);

        Assert.Equal($"Cannot reach OpenAI at http://127.0.0.1:{port}/v1 (POST /audio/transcriptions): the connection could not be established (refused or timed out) (after 3 attempts).", error.Message);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_the_wait_between_attempts()
    {
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.Status, 503, Count: 0));
        using var transcriber = Transcriber();
        using var cancellation = new CancellationTokenSource();

        var run = transcriber.TranscribeAsync(new TranscriptionRequest(song), cancellation.Token);
        while (host.Fakes.Requests.All.Count == 0)
        {
            await Task.Delay(5);
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    private OpenAiTranscriber Transcriber(int retries = 3) =>
        new(new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi, TimeProvider = clock, MaxRetries = retries, Random = new Random(7) });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
