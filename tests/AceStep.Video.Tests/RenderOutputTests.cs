using AceStep.Lyrics;
using AceStep.Video.Tests.Support;

namespace AceStep.Video.Tests;

public sealed class RenderOutputTests : IDisposable
{
    private readonly TestMedia media = new();

    [Theory]
    [InlineData("16:9", 1920, 1080)]
    [InlineData("9:16", 1080, 1920)]
    [InlineData("1:1", 1080, 1080)]
    [InlineData("720x1280", 720, 1280)]
    public async Task Each_size_renders_an_mp4_that_ffprobe_reads_as_that_size_at_30_fps_in_h264_and_aac_as_long_as_the_audio(string preset, int width, int height)
    {
        Assert.True(VideoFrameSize.TryParse(preset, out var size, out _));
        var audio = media.Song(2.5);
        var spec = Spec(audio, media.PathOf("out.mp4")) with { FrameSize = size };

        var result = await new MusicVideoRenderer().RenderAsync(spec);

        var video = Probe.Read(result.OutputPath);
        Assert.Equal((width, height), (video.Video.Width, video.Video.Height));
        Assert.Equal(30, video.Video.FramesPerSecond, 3);
        Assert.Equal("h264", video.Video.Codec);
        Assert.Equal("aac", video.Audio.Codec);
        Assert.InRange(video.Duration, Probe.Read(audio).Duration - 0.1, Probe.Read(audio).Duration + 0.1);
        Assert.Equal(Math.Ceiling(result.Duration.TotalSeconds * 30), result.Frames);
    }

    [Fact]
    public async Task Vp9_writes_a_webm_with_opus_audio()
    {
        var spec = Spec(media.Song(2), media.PathOf("out.webm")) with { Codec = VideoCodec.Vp9, FrameSize = new VideoFrameSize(640, 360) };

        var result = await new MusicVideoRenderer().RenderAsync(spec);

        var probe = Probe.Read(result.OutputPath);
        Assert.Equal(("vp9", "opus"), (probe.Video.Codec, probe.Audio.Codec));
        Assert.Equal((640, 360), (probe.Video.Width, probe.Video.Height));
    }

    [Fact]
    public async Task H265_writes_an_mp4_with_hevc_video()
    {
        var spec = Spec(media.Song(2), media.PathOf("out.mp4")) with { Codec = VideoCodec.H265, FrameSize = new VideoFrameSize(640, 360) };

        var result = await new MusicVideoRenderer().RenderAsync(spec);

        Assert.Equal(("hevc", "aac"), (Probe.Read(result.OutputPath).Video.Codec, Probe.Read(result.OutputPath).Audio.Codec));
    }

    [Fact]
    public async Task Two_renders_at_once_both_finish_whole_and_leave_no_temporary_files()
    {
        var audio = media.Song(2);
        var size = new VideoFrameSize(640, 360);
        var first = Spec(audio, media.PathOf("first.mp4")) with { FrameSize = size, Title = "First" };
        var second = Spec(audio, media.PathOf("second.mp4")) with { FrameSize = size, Title = "Second" };
        var renderer = new MusicVideoRenderer();

        var results = await Task.WhenAll(renderer.RenderAsync(first), renderer.RenderAsync(second));

        foreach (var result in results)
        {
            Assert.InRange(Probe.Read(result.OutputPath).Duration, 1.9, 2.1);
        }

        Assert.DoesNotContain(Directory.GetFiles(media.Folder), file => file.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_existing_output_is_refused_before_any_work_and_replaced_only_when_overwriting_is_allowed()
    {
        var output = media.WriteBytes("taken.mp4", [1, 2, 3]);
        var spec = Spec(media.Song(1), output) with { FrameSize = new VideoFrameSize(640, 360) };

        var refused = await Assert.ThrowsAsync<OutputExistsException>(() => new MusicVideoRenderer().RenderAsync(spec));
        Assert.Equal(3, new FileInfo(output).Length);
        Assert.Contains("already exists", refused.Message, StringComparison.Ordinal);

        await new MusicVideoRenderer().RenderAsync(spec with { Overwrite = true });
        Assert.Equal("h264", Probe.Read(output).Video.Codec);
    }

    [Fact]
    public async Task A_cancelled_render_throws_and_leaves_no_file_behind()
    {
        var output = media.PathOf("cancelled.mp4");
        var spec = Spec(media.Song(20), output) with { FrameSize = new VideoFrameSize(640, 360) };
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<RenderProgress>(report =>
        {
            if (report.Stage == RenderStage.Rendering && report.FramesDone >= 10)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new MusicVideoRenderer().RenderAsync(spec, progress, cancel.Token));

        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(media.Folder, "*.partial"));
    }

    [Fact]
    public async Task Progress_counts_frames_up_to_the_total_and_ends_with_done()
    {
        var reports = new List<RenderProgress>();
        var spec = Spec(media.Song(2), media.PathOf("progress.mp4")) with { FrameSize = new VideoFrameSize(640, 360) };

        var result = await new MusicVideoRenderer().RenderAsync(spec, new SynchronousProgress<RenderProgress>(reports.Add));

        var rendering = reports.Where(report => report.Stage == RenderStage.Rendering).ToList();
        Assert.Equal(0, rendering[0].FramesDone);
        Assert.Equal(result.Frames, rendering[^1].FramesDone);
        Assert.All(rendering, report => Assert.Equal(result.Frames, report.TotalFrames));
        Assert.Equal(RenderStage.Done, reports[^1].Stage);
    }

    public void Dispose() => media.Dispose();

    internal static MusicVideoSpec Spec(string audio, string output) => new()
    {
        AudioPath = audio,
        OutputPath = output,
        Title = "Test Song",
        Subtitle = "ACE-Step",
        Credit = "Made with ACE-Step",
        Lyrics = new TimedLyrics([new TimedLine(0.5, 1.5, "First line"), new TimedLine(1.5, 3, "Second line")]),
    };
}
