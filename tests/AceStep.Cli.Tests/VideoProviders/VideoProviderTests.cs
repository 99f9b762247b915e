using AceStep.Cli.Tests.Infrastructure;
using AceStep.Cli.Tests.Transcribe;

namespace AceStep.Cli.Tests.VideoProviders;

/// <summary>
/// <c>acestep video</c> and <c>acestep mv --from</c> with the simulator's OpenAI and Gemini fakes configured: the
/// lyrics are timed by the provider and put on the song's own words, <c>--cover</c> makes the background, and a
/// provider failure keeps the song and says how to go on.
/// </summary>
public sealed class VideoProviderTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task With_an_OpenAI_key_the_video_shows_the_requested_lyrics_at_the_sung_times()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Providers.Faults.MisheardShare = 0.2;
        TranscribeSongs.UseFakes(_sandbox, server);

        var result = await _sandbox.RunAsync("video", "-c", "synth pop, female vocal", "-l", TranscribeSongs.English, "--duration", "45", "--bpm", "100", "--language", "en", "--aspect", "640x360", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var jobId = report.GetProperty("job_id").GetString()!;
        Assert.Equal("openai", report.GetProperty("video").GetProperty("lyrics_source").GetString());
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + ".mp4")));
        var lines = TranscribeSongs.ReadLrc(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.lrc"));
        Assert.Equal(TranscribeSongs.SungLines(TranscribeSongs.English), lines.Select(static line => line.Text).ToArray());
        var timeline = TranscribeSongs.TimelineOf(_sandbox, jobId, "en");
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.InRange(lines[i].Start, timeline.Lines[i].Start - 0.3, timeline.Lines[i].Start + 0.3);
        }
    }

    [Fact]
    public async Task Video_with_cover_makes_the_background_and_lists_every_file()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server);

        var result = await _sandbox.RunAsync("video", "-c", "lofi, rainy night", "-l", "[Verse]\nQuiet rooms\nSlow tunes", "--duration", "10", "--aspect", "640x360", "--cover", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var jobId = report.GetProperty("job_id").GetString()!;
        var cover = Path.Combine(_sandbox.OutputDirectory, jobId + "_cover.png");
        var files = report.GetProperty("files").EnumerateArray().Select(static file => Path.GetFileName(file.GetString()!)).ToList();
        Assert.Equal([$"{jobId}.json", $"{jobId}_1.mp3", $"{jobId}_1.lrc", $"{jobId}_cover.png", $"{jobId}.mp4"], files);
        Assert.True(File.Exists(cover));
        Assert.Equal(cover, report.GetProperty("video").GetProperty("background").GetString());
    }

    [Fact]
    public async Task A_rejected_OpenAI_key_keeps_the_song_and_the_cover_and_says_how_to_continue()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: static options => options.Providers.OpenAiApiKey = "sk-the-right-key-0000");
        TranscribeSongs.UseFakes(_sandbox, server);

        var result = await _sandbox.RunAsync("video", "-c", "lofi", "-l", "[Verse]\nQuiet rooms\nSlow tunes", "--duration", "10", "--cover", "--json");

        Assert.True(result.ExitCode == 4, result.ToString());
        var error = result.Json().GetProperty("error");
        var jobId = error.GetProperty("job_id").GetString()!;
        var cover = Path.Combine(_sandbox.OutputDirectory, jobId + "_cover.png");
        var hint = error.GetProperty("hint").GetString()!;
        Assert.Contains("acestep config --set openai.api_key", hint, StringComparison.Ordinal);
        Assert.Contains($"Continue with: acestep mv --from {jobId} --background {cover}", hint, StringComparison.Ordinal);
        Assert.Contains($"acestep transcribe {jobId} --provider estimate", hint, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.mp3")));
        Assert.True(File.Exists(cover));
        Assert.False(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.lrc")));
        Assert.False(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + ".mp4")));
    }

    [Fact]
    public async Task Mv_from_a_job_without_timed_lyrics_transcribes_it_first()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Providers.Faults.MisheardShare = 0;
        TranscribeSongs.UseFakes(_sandbox, server);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        var lrc = Path.Combine(_sandbox.OutputDirectory, jobId + "_1.lrc");
        Assert.False(File.Exists(lrc));

        var result = await _sandbox.RunAsync("mv", "--from", jobId, "--preview", "5", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("openai", result.Json().GetProperty("lyrics_source").GetString());
        Assert.Equal(lrc, result.Json().GetProperty("lyrics_path").GetString());
        Assert.Equal(TranscribeSongs.SungLines(TranscribeSongs.English), TranscribeSongs.ReadLrc(lrc).Select(static line => line.Text).ToArray());
    }
}
