using AceStep.Video.Tests.Support;

namespace AceStep.Video.Tests;

/// <summary>Size limits against a background of noise, which makes renders far bigger than the limits set here.</summary>
public sealed class SizeLimitTests : IDisposable
{
    private const long Limit = 400_000;
    private readonly TestMedia media = new();

    [Fact]
    public async Task A_render_over_the_limit_is_encoded_again_in_two_passes_and_comes_out_under_it()
    {
        var result = await new MusicVideoRenderer().RenderAsync(Spec("fits.mp4"));

        var fit = result.SizeFit!;
        Assert.True(fit.RenderedBytes > Limit, $"the test needs a render over the limit, got {fit.RenderedBytes} bytes");
        Assert.True(fit.Fits);
        Assert.InRange(result.SizeBytes, 1, Limit);
        Assert.Equal(result.SizeBytes, new FileInfo(result.OutputPath).Length);
        Assert.InRange(Probe.Read(result.OutputPath).Duration, 3.9, 4.1);
        Assert.DoesNotContain(result.Warnings, warning => warning.Kind == RenderWarningKind.SizeLimitNotMet);
    }

    [Fact]
    public async Task When_the_first_encode_overshoots_it_is_encoded_again_at_a_lower_bitrate()
    {
        var renderer = new MusicVideoRenderer { SizeFitFirstTryMargin = 1.6 };

        var result = await renderer.RenderAsync(Spec("retried.mp4"));

        var fit = result.SizeFit!;
        Assert.True(fit.Fits);
        Assert.True(fit.Encodes >= 2, $"expected a retry, got {fit.Encodes} encode(s)");
        Assert.True(fit.VideoBitrates[1] < fit.VideoBitrates[0]);
        Assert.InRange(result.SizeBytes, 1, Limit);
    }

    [Fact]
    public async Task When_no_encode_fits_the_full_quality_render_is_kept_with_a_warning()
    {
        var renderer = new MusicVideoRenderer { SizeFitFirstTryMargin = 1.6, SizeFitMaximumEncodes = 1 };

        var result = await renderer.RenderAsync(Spec("kept.mp4"));

        Assert.False(result.SizeFit!.Fits);
        Assert.Equal(result.SizeFit.RenderedBytes, result.SizeBytes);
        var warning = Assert.Single(result.Warnings, warning => warning.Kind == RenderWarningKind.SizeLimitNotMet);
        Assert.Contains("full-quality render was kept", warning.Message, StringComparison.Ordinal);
        Assert.Equal("h264", Probe.Read(result.OutputPath).Video.Codec);
    }

    [Fact]
    public async Task A_limit_too_small_for_the_song_is_refused_before_rendering_with_the_smallest_that_works()
    {
        var spec = Spec("refused.mp4") with { MaxSizeBytes = 100_000 };

        var error = await Assert.ThrowsAsync<SizeTargetTooSmallException>(() => new MusicVideoRenderer().RenderAsync(spec));

        Assert.Equal(200_000, error.SmallestWorkableBytes);
        Assert.Contains("0.2 MB", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(spec.OutputPath));
        Assert.Empty(Directory.GetFiles(media.Folder, "*.partial"));
    }

    [Fact]
    public async Task A_render_already_under_the_limit_is_left_as_it_is()
    {
        var spec = Spec("small.mp4") with { BackgroundImagePath = null, MaxSizeBytes = 50_000_000 };

        var result = await new MusicVideoRenderer().RenderAsync(spec);

        Assert.Equal(0, result.SizeFit!.Encodes);
        Assert.True(result.SizeFit.Fits);
    }

    public void Dispose() => media.Dispose();

    private MusicVideoSpec Spec(string name) => new()
    {
        AudioPath = media.Song(4),
        OutputPath = media.PathOf(name),
        FrameSize = new VideoFrameSize(640, 360),
        BackgroundImagePath = media.NoiseImage(),
        MaxSizeBytes = Limit,
    };
}
