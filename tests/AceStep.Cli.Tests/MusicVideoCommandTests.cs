using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary><c>acestep mv</c> run as a user runs it, against the simulator over real HTTP, with the real ffmpeg.</summary>
public sealed class MusicVideoCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task From_a_generated_job_the_video_is_1080p30_H264_and_AAC_as_long_as_the_song()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var jobId = await GenerateAsync("synthwave, female vocal", "[Verse]\nNeon rain on the avenue\nWe drive until the night is through");

        var result = await _sandbox.RunAsync("mv", "--from", jobId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var video = Path.Combine(_sandbox.OutputDirectory, jobId + ".mp4");
        Assert.Equal(video, report.GetProperty("output").GetString());
        Assert.Equal("estimated", report.GetProperty("lyrics_source").GetString());
        Assert.Equal("synthwave, female vocal", report.GetProperty("title").GetString());
        Assert.Contains(report.GetProperty("warnings").EnumerateArray(), warning => warning.GetString()!.Contains("estimated", StringComparison.Ordinal));
        var probe = MediaProbe.Read(video);
        Assert.Equal((1920, 1080, "30/1", "h264"), (probe.Video.Width, probe.Video.Height, probe.Video.FrameRate, probe.Video.Codec));
        Assert.Equal("aac", probe.Audio.Codec);
        var song = MediaProbe.Read(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.mp3"));
        Assert.InRange(probe.Duration, song.Duration - 0.1, song.Duration + 0.1);
    }

    [Fact]
    public async Task Timed_lyrics_beside_the_audio_are_used_before_an_estimate()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var jobId = await GenerateAsync("pop", "[Verse]\nFirst line\nSecond line");
        _sandbox.WriteText($"acestep_output/{jobId}_1.lrc", "[00:01.00]First line\n[00:03.00]Second line\n");

        var result = await _sandbox.RunAsync("mv", "--from", jobId, "--preview", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        Assert.Equal("lrc", report.GetProperty("lyrics_source").GetString());
        Assert.Equal(2, report.GetProperty("lyrics_lines").GetInt32());
        Assert.Empty(report.GetProperty("warnings").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + "_preview.png")));
    }

    [Fact]
    public async Task Bad_LRC_lines_are_each_warned_and_the_rest_is_used()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(4, 16000));
        var lrc = _sandbox.WriteText("song-lyrics.lrc", "[00:00.50]Good line\n[0x:zz]broken tag\nno tag at all\n[00:02.00]Another good line\n");

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--lyrics", lrc, "--preview", "1", "--output", "frame.png", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        Assert.Equal(2, report.GetProperty("lyrics_lines").GetInt32());
        var warnings = report.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()!).ToList();
        Assert.Contains(warnings, warning => warning.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning.Contains("line 3", StringComparison.Ordinal));
        Assert.Contains("Warning: song-lyrics.lrc line 2", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_LRC_without_one_timed_line_is_refused_with_exit_2()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(3));
        var lrc = _sandbox.WriteText("plain.lrc", "Just words\nwithout any times\n");

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--lyrics", lrc);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no timed lyric lines", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_sandbox.Project, "*.mp4", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Without_ffmpeg_mv_exits_11_and_says_how_to_install_it()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(3));
        _sandbox.Variables["PATH"] = Directory.CreateDirectory(Path.Combine(_sandbox.Root, "empty-bin")).FullName;

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--json");

        Assert.Equal(14, result.ExitCode);
        Assert.Contains("ffmpeg was not found", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("apt-get install ffmpeg", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("ffmpeg_missing", result.Json().GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Corrupt_audio_exits_2_with_ffmpegs_reason_and_leaves_no_video()
    {
        var audio = _sandbox.WriteFile("broken.mp3", [.. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7))]);

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--output", "broken.mp4");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.mp3", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_sandbox.Project, "*.mp4*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_existing_output_is_refused_with_exit_10_and_replaced_with_force()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(3));
        var existing = _sandbox.WriteText("frame.png", "keep me");

        var refused = await _sandbox.RunAsync("mv", "--audio", audio, "--preview", "1", "--output", "frame.png");
        Assert.Equal(10, refused.ExitCode);
        Assert.Contains("--force", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(existing));

        var forced = await _sandbox.RunAsync("mv", "--audio", audio, "--preview", "1", "--output", "frame.png", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.NotEqual("keep me"u8.ToArray(), File.ReadAllBytes(existing));
    }

    [Fact]
    public async Task A_positive_offset_shows_the_lyrics_later()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(8, 16000));
        var asTimed = _sandbox.WriteText("timed.lrc", "[00:02.00]Hello there\n[00:06.00]Goodbye now\n");
        var oneSecondLater = _sandbox.WriteText("later.lrc", "[00:03.00]Hello there\n[00:07.00]Goodbye now\n");
        var oneSecondEarlier = _sandbox.WriteText("earlier.lrc", "[00:01.00]Hello there\n[00:05.00]Goodbye now\n");

        var plusOne = await PreviewAsync(audio, asTimed, "plus.png", 2.5, "--offset", "1");
        var minusOne = await PreviewAsync(audio, asTimed, "minus.png", 2.5, "--offset", "-1");
        var later = await PreviewAsync(audio, oneSecondLater, "later.png", 2.5);
        var earlier = await PreviewAsync(audio, oneSecondEarlier, "earlier.png", 2.5);

        Assert.Equal(later, plusOne);
        Assert.Equal(earlier, minusOne);
        Assert.NotEqual(plusOne, minusOne);
    }

    [Fact]
    public async Task The_whatsapp_preset_keeps_the_video_under_its_limit()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(6, 16000));

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--for", "whatsapp", "--title", "Small enough", "--output", "small.mp4", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var size = new FileInfo(Path.Combine(_sandbox.Project, "small.mp4")).Length;
        Assert.True(size < 16_000_000, $"{size} bytes");
        var fit = result.Json().GetProperty("size_fit");
        Assert.True(fit.GetProperty("fits").GetBoolean());
        Assert.Equal(15_000_000, fit.GetProperty("limit_bytes").GetInt64());
    }

    [Fact]
    public async Task A_size_limit_too_small_for_the_song_is_refused_before_rendering()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(30));

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--max-size", "0.3", "--output", "tiny.mp4");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("smallest limit that works", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_sandbox.Project, "tiny.mp4")));
    }

    [Theory]
    [InlineData("--aspect", "4:3", "--aspect")]
    [InlineData("--codec", "vp8", "--codec")]
    [InlineData("--for", "myspace", "--for")]
    [InlineData("--offset", "soon", "--offset")]
    [InlineData("--preview", "1:2:3", "--preview")]
    public async Task A_bad_value_names_its_flag_and_exits_2(string flag, string value, string named)
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(3));

        var result = await _sandbox.RunAsync("mv", "--audio", audio, flag, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_audio_nor_a_job_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("mv", "--title", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from JOB_ID", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_job_says_how_to_fetch_it()
    {
        var result = await _sandbox.RunAsync("mv", "--from", "no-such-job");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("acestep status no-such-job", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_on_a_pipe_is_plain_lines_with_frames_and_speed()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(2, 16000));

        var result = await _sandbox.RunAsync("mv", "--audio", audio, "--aspect", "640x360", "--output", "small.mp4");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\r', result.StandardError);
        Assert.Contains("Rendering: ", result.StandardError, StringComparison.Ordinal);
        Assert.Matches(@"\d+/60 frames .* fps · ETA", result.StandardError);
        Assert.Equal(Path.Combine(_sandbox.Project, "small.mp4"), result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Progress_on_a_terminal_is_one_line_rewritten_in_place()
    {
        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(2, 16000));
        var console = new TestConsole(terminal: true);

        var result = await _sandbox.RunAsync(console, CancellationToken.None, "mv", "--audio", audio, "--aspect", "640x360", "--output", "small.mp4");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\rRendering: ", result.StandardError, StringComparison.Ordinal);
        Assert.Matches(@"\rRendering: 60/60 frames \(100%\) · [\d.]+ fps · ETA 0:00", result.StandardError);
    }

    [Theory]
    [InlineData("9:16", 1080, 1920)]
    [InlineData("1:1", 1080, 1080)]
    [InlineData("16:9", 1920, 1080)]
    public async Task A_result_file_and_an_aspect_preset_give_a_preview_of_that_size(string aspect, int width, int height)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var jobId = await GenerateAsync("dream pop", "[Verse]\nFloating over\nSilver water");
        var resultFile = Path.Combine(_sandbox.OutputDirectory, jobId + ".json");

        var result = await _sandbox.RunAsync("mv", "--from", resultFile, "--aspect", aspect, "--preview", "0:03", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        Assert.Equal(("preview", jobId, width, height), (report.GetProperty("kind").GetString(), report.GetProperty("job_id").GetString(), report.GetProperty("width").GetInt32(), report.GetProperty("height").GetInt32()));
        var png = File.ReadAllBytes(report.GetProperty("output").GetString()!);
        Assert.Equal((width, height), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Theory]
    [InlineData("synthwave, female vocal", "synthwave, female vocal")]
    [InlineData("  dream pop,\n  shimmering   guitars ", "dream pop, shimmering guitars")]
    [InlineData("cinematic orchestral trailer music, epic brass, thundering taiko drums", "cinematic orchestral trailer music, epic brass…")]
    [InlineData("", "")]
    public void Default_title_is_the_caption_on_one_line_cut_between_words(string caption, string title)
    {
        var made = AceStep.Cli.MusicVideo.DefaultTitle.FromCaption(caption);

        Assert.Equal(title, made);
        Assert.True(made.Length <= 50);
    }

    private async Task<string> GenerateAsync(string caption, string lyrics)
    {
        var generated = await _sandbox.RunAsync("generate", "-c", caption, "-l", lyrics, "--duration", "10", "--json");
        Assert.True(generated.ExitCode == 0, generated.ToString());
        return generated.Json().GetProperty("job_id").GetString()!;
    }

    private async Task<byte[]> PreviewAsync(string audio, string lrc, string png, double seconds, params string[] extra)
    {
        var result = await _sandbox.RunAsync(["mv", "--audio", audio, "--lyrics", lrc, "--preview", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", png, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return File.ReadAllBytes(Path.Combine(_sandbox.Project, png));
    }
}
