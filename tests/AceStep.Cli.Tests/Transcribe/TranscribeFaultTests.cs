using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator.Providers.Faults;

namespace AceStep.Cli.Tests.Transcribe;

/// <summary>
/// Every provider failure a real service shows, through <c>acestep transcribe</c>: its documented exit code, a message
/// that says what to do, and no file written (docs/reliability.md, "Cloud providers").
/// </summary>
public sealed class TranscribeFaultTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("openai", ProviderFaultKind.Status, 503, 5, "overloaded")]
    [InlineData("elevenlabs", ProviderFaultKind.Status, 500, 5, "elevenlabs")]
    [InlineData("openai", ProviderFaultKind.HtmlPage, 502, 5, "HTML page")]
    [InlineData("elevenlabs", ProviderFaultKind.RateLimited, 429, 5, "try again")]
    [InlineData("openai", ProviderFaultKind.QuotaExhausted, 429, 5, "out of quota")]
    [InlineData("elevenlabs", ProviderFaultKind.QuotaExhausted, 401, 5, "out of quota")]
    [InlineData("openai", ProviderFaultKind.MalformedJson, 200, 5, "api_url")]
    [InlineData("elevenlabs", ProviderFaultKind.DropConnection, 0, 5, "Try again later")]
    [InlineData("openai", ProviderFaultKind.Status, 413, 6, "ffmpeg")]
    [InlineData("elevenlabs", ProviderFaultKind.Status, 400, 6, "refused")]
    public async Task A_provider_fault_exits_with_its_code_and_writes_nothing(string provider, ProviderFaultKind kind, int status, int exitCode, string advice)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        server.Providers.Faults.Add(new ProviderFault(provider, kind, status, Count: 0, Seconds: 1));

        var result = await _sandbox.RunAsync("transcribe", jobId, "--provider", provider);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(advice, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.lrc")));
        Assert.Empty(Directory.GetFiles(_sandbox.OutputDirectory, "*.tmp*"));
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("elevenlabs")]
    public async Task A_wrong_key_exits_4_with_where_to_set_it(string provider)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: static options =>
        {
            options.Providers.OpenAiApiKey = "sk-the-right-key-0000";
            options.Providers.ElevenLabsApiKey = "el-the-right-key-0000";
        });
        TranscribeSongs.UseFakes(_sandbox, server);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");

        var result = await _sandbox.RunAsync("transcribe", jobId, "--provider", provider);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains($"acestep config --set {provider}.api_key", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_with_no_words_exits_13_and_names_the_estimate()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server);
        var silence = _sandbox.WriteFile("silence.wav", TestAudio.Wav(seconds: 2));

        var result = await _sandbox.RunAsync("transcribe", silence, "--provider", "openai");

        Assert.True(result.ExitCode == 13, result.ToString());
        Assert.Contains("--provider estimate", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_sandbox.OutputDirectory, "silence.lrc")));
    }

    [Fact]
    public async Task A_chosen_provider_without_a_key_exits_3_with_how_to_set_one()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");

        var result = await _sandbox.RunAsync("transcribe", jobId, "--provider", "openai");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("printf %s \"$KEY\" | acestep config --set openai.api_key", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_flags_and_missing_songs_are_usage_errors()
    {
        var badProvider = await _sandbox.RunAsync("transcribe", "song.mp3", "--provider", "whisper");
        var badGap = await _sandbox.RunAsync("transcribe", "song.mp3", "--gap", "0");
        var missing = await _sandbox.RunAsync("transcribe", "nothing-here.mp3");

        Assert.Equal((2, 2, 2), (badProvider.ExitCode, badGap.ExitCode, missing.ExitCode));
        Assert.Contains("openai, elevenlabs, acestep, estimate", badProvider.StandardError, StringComparison.Ordinal);
        Assert.Contains("no such file", missing.StandardError, StringComparison.Ordinal);
    }
}
