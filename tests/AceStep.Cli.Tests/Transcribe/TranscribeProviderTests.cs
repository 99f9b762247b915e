using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests.Transcribe;

/// <summary>
/// A generated song through <c>acestep transcribe</c> on the simulator's OpenAI and ElevenLabs fakes: the LRC has the
/// requested lyrics (tags removed), each line within 0.3 s of when the fake sings it, misheard words repaired.
/// </summary>
public sealed class TranscribeProviderTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("openai", "en")]
    [InlineData("elevenlabs", "en")]
    [InlineData("openai", "zh")]
    [InlineData("elevenlabs", "zh")]
    public async Task A_generated_song_comes_back_as_its_lyrics_at_the_sung_times(string provider, string language)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Providers.Faults.MisheardShare = 0.2;
        TranscribeSongs.UseFakes(_sandbox, server);
        var lyrics = language == "zh" ? TranscribeSongs.Chinese : TranscribeSongs.English;
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, lyrics, language);

        var result = await _sandbox.RunAsync("transcribe", jobId, "--provider", provider, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var path = Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.lrc");
        Assert.Equal(path, report.GetProperty("output").GetString());
        Assert.Equal(provider, report.GetProperty("provider").GetString());
        Assert.False(report.GetProperty("fallback").GetBoolean());
        Assert.InRange(report.GetProperty("match_rate").GetDouble(), 0.6, 1.0);
        var lines = TranscribeSongs.ReadLrc(path);
        Assert.Equal(TranscribeSongs.SungLines(lyrics), lines.Select(static line => line.Text).ToArray());
        var timeline = TranscribeSongs.TimelineOf(_sandbox, jobId, language);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.InRange(lines[i].Start, timeline.Lines[i].Start - 0.3, timeline.Lines[i].Start + 0.3);
        }
    }

    [Fact]
    public async Task An_audio_file_of_our_job_finds_its_lyrics_and_srt_goes_where_output_says()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        var audio = Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.mp3");

        var result = await _sandbox.RunAsync("transcribe", audio, "--provider", "openai", "--output", "song.srt");

        Assert.True(result.ExitCode == 0, result.ToString());
        var srt = File.ReadAllText(Path.Combine(_sandbox.Project, "song.srt"));
        Assert.StartsWith("1\n", srt.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Neon rivers in the night", srt, StringComparison.Ordinal);
        Assert.Contains("song.srt", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_lyrics_the_words_are_broken_into_lines_and_json_is_the_renderers_shape()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Providers.Faults.MisheardShare = 0;
        TranscribeSongs.UseFakes(_sandbox, server);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        var copy = Path.Combine(_sandbox.Project, "track.mp3");
        File.Copy(Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.mp3"), copy);

        var result = await _sandbox.RunAsync("transcribe", copy, "--provider", "elevenlabs", "--format", "json", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json().GetProperty("match_rate").ValueKind);
        using var lines = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_sandbox.OutputDirectory, "track.json")));
        var first = lines.RootElement[0];
        Assert.Equal("Neon rivers in the night", first.GetProperty("text").GetString());
        Assert.True(first.GetProperty("words").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_estimate_needs_no_key_and_no_network_and_says_so()
    {
        string jobId;
        await using (var server = await SimulatorHost.StartAsync(_sandbox))
        {
            jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        }

        var result = await _sandbox.RunAsync("transcribe", jobId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("estimat", result.StandardError, StringComparison.Ordinal);
        var lrc = File.ReadAllText(Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.lrc"));
        Assert.Contains("[#:timing estimated from the lyrics' structure, not heard]", lrc, StringComparison.Ordinal);
        Assert.Equal(TranscribeSongs.SungLines(TranscribeSongs.English), TranscribeSongs.ReadLrc(Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.lrc")).Select(static l => l.Text).ToArray());
    }

    [Fact]
    public async Task The_servers_own_transcription_is_used_where_the_server_has_it()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: static options => options.TranscribeRoute = true);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");

        var result = await _sandbox.RunAsync("transcribe", jobId, "--provider", "acestep", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("acestep", result.Json().GetProperty("provider").GetString());
        var lines = TranscribeSongs.ReadLrc(Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.lrc"));
        Assert.Equal(TranscribeSongs.SungLines(TranscribeSongs.English), lines.Select(static l => l.Text).ToArray());
    }

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task A_server_without_transcription_says_which_provider_to_configure(ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");

        var result = await _sandbox.RunAsync("transcribe", jobId, "--provider", "acestep");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("no transcription route", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("openai.api_key", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.lrc")));
    }
}
