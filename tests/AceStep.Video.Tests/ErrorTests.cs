using AceStep.Video.Tests.Support;

namespace AceStep.Video.Tests;

public sealed class ErrorTests : IDisposable
{
    private readonly TestMedia media = new();

    [Fact]
    public async Task A_missing_ffmpeg_path_is_reported_with_how_to_install_it()
    {
        var spec = Spec(media.Tone(1)) with { FfmpegPath = media.PathOf("bin/ffmpeg") };

        var error = await Assert.ThrowsAsync<FfmpegNotFoundException>(() => new MusicVideoRenderer().RenderAsync(spec));

        Assert.Contains("bin/ffmpeg", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install ffmpeg", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(spec.OutputPath));
    }

    [Fact]
    public async Task An_ffmpeg_name_that_is_not_on_the_path_is_reported()
    {
        var spec = Spec(media.Tone(1)) with { FfmpegPath = "ffmpeg-that-is-not-installed" };

        var error = await Assert.ThrowsAsync<FfmpegNotFoundException>(() => new MusicVideoRenderer().RenderPreviewAsync(spec, TimeSpan.Zero, media.PathOf("p.png")));

        Assert.Contains("not on the PATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_audio_file_is_reported_with_ffmpegs_own_reason()
    {
        var garbage = new byte[20_000];
        new Random(7).NextBytes(garbage);
        var spec = Spec(media.WriteBytes("song.mp3", garbage));

        var error = await Assert.ThrowsAsync<AudioUnreadableException>(() => new MusicVideoRenderer().RenderAsync(spec));

        Assert.Contains("song.mp3", error.Message, StringComparison.Ordinal);
        Assert.Contains("ffmpeg says", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(spec.OutputPath));
        Assert.Empty(Directory.GetFiles(media.Folder, "*.partial"));
    }

    [Theory]
    [InlineData("missing.mp3", "there is no such file")]
    [InlineData("empty.mp3", "the file is empty")]
    public async Task A_missing_or_empty_audio_file_is_reported_plainly(string name, string reason)
    {
        if (name == "empty.mp3")
        {
            media.WriteBytes(name, []);
        }

        var error = await Assert.ThrowsAsync<AudioUnreadableException>(() => new MusicVideoRenderer().RenderAsync(Spec(media.PathOf(name))));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_no_audio_stream_is_reported_with_ffmpegs_reason()
    {
        var picture = media.SolidImage("picture.png", "blue");

        var error = await Assert.ThrowsAsync<AudioUnreadableException>(() => new MusicVideoRenderer().RenderAsync(Spec(picture)));

        Assert.Contains("ffmpeg says", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => media.Dispose();

    private MusicVideoSpec Spec(string audio) => new()
    {
        AudioPath = audio,
        OutputPath = media.PathOf("out/video.mp4"),
        FrameSize = new VideoFrameSize(640, 360),
    };
}
