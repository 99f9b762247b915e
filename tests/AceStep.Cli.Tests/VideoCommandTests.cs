using System.Globalization;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Lyrics.Formats;

namespace AceStep.Cli.Tests;

/// <summary><c>acestep video</c>: generate, time the lyrics and render, against the simulator over real HTTP.</summary>
public sealed class VideoCommandTests : IDisposable
{
    private const string TwoVersesAndAChorus = """
        [Verse 1]
        Neon rain is falling on the avenue
        Every light is humming something new
        [Chorus]
        We are the afterglow, we never fade
        Running through the night that we have made
        [Verse 2]
        Chrome and velvet shadows on the road
        Carry every secret that we owed
        """;

    private const double Frame = 1.0 / 30;

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Caption_and_lyrics_become_a_1080p30_video_whose_lyrics_change_exactly_at_the_LRC_times()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("video", "-c", "synthwave, female vocal", "-l", TwoVersesAndAChorus, "--duration", "60", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var jobId = report.GetProperty("job_id").GetString()!;
        var files = report.GetProperty("files").EnumerateArray().Select(file => Path.GetFileName(file.GetString()!)).ToList();
        Assert.Equal([$"{jobId}.json", $"{jobId}_1.mp3", $"{jobId}_1.lrc", $"{jobId}.mp4"], files);
        var video = MediaProbe.Read(Path.Combine(_sandbox.OutputDirectory, jobId + ".mp4"));
        Assert.Equal((1920, 1080, "30/1", "h264"), (video.Video.Width, video.Video.Height, video.Video.FrameRate, video.Video.Codec));
        Assert.Equal("aac", video.Audio.Codec);
        var song = MediaProbe.Read(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.mp3"));
        Assert.InRange(video.Duration, song.Duration - 0.1, song.Duration + 0.1);

        var lrcPath = Path.Combine(_sandbox.OutputDirectory, jobId + "_1.lrc");
        var lines = LrcReader.Read(File.ReadAllText(lrcPath)).Lyrics.Lines;
        Assert.Equal(6, lines.Count);
        var handOvers = Enumerable.Range(1, lines.Count - 1).Where(i => Math.Abs(lines[i - 1].End - lines[i].Start) < 1e-6).Take(2).ToList();
        Assert.NotEmpty(handOvers);
        foreach (var index in handOvers)
        {
            await AssertTheLineChangesAtItsTimeAsync(jobId, lrcPath, index, lines[index].Start);
        }
    }

    [Fact]
    public async Task A_failure_after_the_song_keeps_it_and_says_how_to_continue()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var notAFont = _sandbox.WriteText("broken.ttf", "this is not a font");

        var result = await _sandbox.RunAsync("video", "-c", "lofi", "-l", "[Verse]\nQuiet rooms\nSlow tunes", "--duration", "10", "--font", notAFont, "--json");

        Assert.Equal(2, result.ExitCode);
        var error = result.Json().GetProperty("error");
        var jobId = error.GetProperty("job_id").GetString()!;
        Assert.Contains($"Continue with: acestep mv --from {jobId}", error.GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.mp3")));
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.lrc")));
        Assert.False(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + ".mp4")));
    }

    [Fact]
    public async Task Interrupt_while_rendering_keeps_the_song_and_says_how_to_continue()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        using var interrupt = new CancellationTokenSource();
        var console = new TestConsole();
        var run = _sandbox.RunAsync(console, interrupt.Token, "video", "-c", "lofi", "-l", "[Verse]\nQuiet rooms\nSlow tunes", "--duration", "30");
        await console.ErrorWrittenAsync("Rendering: ").WaitAsync(TimeSpan.FromMinutes(2));

        await interrupt.CancelAsync();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        var jobId = _sandbox.Ledger.List().Single().JobId;
        Assert.Contains($"Continue with: acestep mv --from {jobId}", result.StandardError, StringComparison.Ordinal);
        var left = Directory.EnumerateFiles(_sandbox.OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"{jobId}.json", $"{jobId}_1.lrc", $"{jobId}_1.mp3"], left);
    }

    [Fact]
    public async Task Without_ffmpeg_nothing_is_generated_and_the_exit_code_is_14()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        _sandbox.Variables["PATH"] = Directory.CreateDirectory(Path.Combine(_sandbox.Root, "empty-bin")).FullName;

        var result = await _sandbox.RunAsync("video", "-c", "lofi", "--duration", "10");

        Assert.Equal(14, result.ExitCode);
        Assert.False(Directory.Exists(_sandbox.OutputDirectory) && Directory.EnumerateFiles(_sandbox.OutputDirectory).Any());
    }

    /// <summary>
    /// The line before <paramref name="index"/> is on screen one frame before <paramref name="start"/> and gone one frame
    /// after (changing its text changes the first frame only), and the line itself is on screen once it has faded in.
    /// </summary>
    private async Task AssertTheLineChangesAtItsTimeAsync(string jobId, string lrcPath, int index, double start)
    {
        var original = File.ReadAllText(lrcPath);
        var lines = LrcReader.Read(original).Lyrics.Lines;
        var previousChanged = WriteVariant(original, lines[index - 1].Text, $"variant-{index}-previous.lrc");
        var currentChanged = WriteVariant(original, lines[index].Text, $"variant-{index}-current.lrc");
        var lastFrameBefore = (Math.Ceiling((start * 30) - 1e-6) - 1) * Frame;
        var firstFrameAfter = lastFrameBefore + Frame;

        Assert.NotEqual(await PreviewAsync(jobId, lrcPath, lastFrameBefore), await PreviewAsync(jobId, previousChanged, lastFrameBefore));
        Assert.Equal(await PreviewAsync(jobId, lrcPath, firstFrameAfter), await PreviewAsync(jobId, previousChanged, firstFrameAfter));
        Assert.NotEqual(await PreviewAsync(jobId, lrcPath, start + 0.4), await PreviewAsync(jobId, currentChanged, start + 0.4));
    }

    private string WriteVariant(string lrc, string lineText, string name)
    {
        var changed = new string([.. lineText.Select(letter => char.IsLetter(letter) ? (letter == 'x' ? 'o' : 'x') : letter)]);
        return _sandbox.WriteText(name, lrc.Replace("]" + lineText, "]" + changed, StringComparison.Ordinal));
    }

    private async Task<byte[]> PreviewAsync(string jobId, string lrc, double seconds)
    {
        var png = Path.Combine(_sandbox.Root, $"frame-{Guid.NewGuid():N}.png");
        var result = await _sandbox.RunAsync("mv", "--from", jobId, "--lyrics", lrc, "--preview", seconds.ToString("0.######", CultureInfo.InvariantCulture), "--output", png);
        Assert.True(result.ExitCode == 0, result.ToString());
        return File.ReadAllBytes(png);
    }
}
