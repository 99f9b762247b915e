using System.Diagnostics;
using AceStep.Video.Encoding;
using AceStep.Video.Media;
using AceStep.Video.Output;
using SkiaSharp;

namespace AceStep.Video;

/// <summary>
/// Renders music videos: the song's spectrum, its timed lyrics and a title over a picture or an animated gradient,
/// drawn with SkiaSharp and encoded by ffmpeg as the frames are drawn. Needs only ffmpeg on the machine. Instances
/// hold no state between calls, so one can render several videos at once.
/// </summary>
public sealed class MusicVideoRenderer
{
    private readonly TimeProvider time;

    public MusicVideoRenderer()
        : this(TimeProvider.System)
    {
    }

    /// <param name="time">The clock progress speeds and time-left estimates are measured with.</param>
    public MusicVideoRenderer(TimeProvider time)
    {
        this.time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The share of the size budget the first compression aims at (tests raise it above 1 to force a retry).</summary>
    internal double SizeFitFirstTryMargin { get; init; } = BitrateBudget.SafetyMargin;

    internal int SizeFitMaximumEncodes { get; init; } = 3;

    /// <summary>
    /// Renders the video to <see cref="MusicVideoSpec.OutputPath"/>: written under a temporary name and renamed when
    /// complete, so a failure or cancellation leaves nothing half-written.
    /// </summary>
    /// <exception cref="FfmpegNotFoundException">ffmpeg is not installed or not where the spec says.</exception>
    /// <exception cref="FfmpegFailedException">ffmpeg failed; its message is included.</exception>
    /// <exception cref="AudioUnreadableException">The audio is missing, empty or corrupt.</exception>
    /// <exception cref="ImageUnreadableException">The background image cannot be decoded.</exception>
    /// <exception cref="FontUnreadableException">The font file cannot be read.</exception>
    /// <exception cref="OutputExistsException">The output exists and <see cref="MusicVideoSpec.Overwrite"/> is false.</exception>
    /// <exception cref="SizeTargetTooSmallException">The size limit is too small for the song's length.</exception>
    public async Task<RenderResult> RenderAsync(MusicVideoSpec spec, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var total = Stopwatch.StartNew();
        using var output = OutputFile.Reserve(spec.OutputPath, spec.Overwrite);
        progress?.Report(new RenderProgress(RenderStage.Analysing, 0, 0, 0, null));
        using var prepared = await PreparedRender.PrepareAsync(spec, cancellationToken).ConfigureAwait(false);
        var duration = prepared.Analysis.Duration;
        if (spec.MaxSizeBytes is { } limit)
        {
            BitrateBudget.EnsureWorkable(limit, duration);
        }

        using var workspace = new RenderWorkspace();
        var frames = await EncodeFramesAsync(spec, prepared, output.PartialPath, progress, cancellationToken).ConfigureAwait(false);
        var warnings = prepared.Warnings.ToList();
        SizeFitReport? fit = null;
        var compression = Stopwatch.StartNew();
        if (spec.MaxSizeBytes is { } maxBytes)
        {
            var fitter = new SizeFitter(prepared.Ffmpeg, workspace, time) { FirstTryMargin = SizeFitFirstTryMargin, MaximumEncodes = SizeFitMaximumEncodes };
            fit = await fitter.FitAsync(output.PartialPath, spec, duration, maxBytes, progress, cancellationToken).ConfigureAwait(false);
            if (!fit.Fits)
            {
                warnings.Add(new RenderWarning(RenderWarningKind.SizeLimitNotMet, SizeFitter.Describe(fit)));
            }
        }

        compression.Stop();
        output.Commit();
        progress?.Report(new RenderProgress(RenderStage.Done, frames.Count, frames.Count, 0, TimeSpan.Zero));
        var statistics = new RenderStatistics(prepared.AnalysisTime, frames.Drawing, frames.WaitingForEncoder, frames.Elapsed, compression.Elapsed, total.Elapsed);
        return new RenderResult(output.FinalPath, duration, frames.Count, new FileInfo(output.FinalPath).Length, warnings, fit, statistics);
    }

    /// <summary>Draws the single frame at <paramref name="at"/> as a PNG (in about a second), to check the look before rendering.</summary>
    public async Task<PreviewResult> RenderPreviewAsync(MusicVideoSpec spec, TimeSpan at, string pngPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var output = OutputFile.Reserve(pngPath, spec.Overwrite);
        using var prepared = await PreparedRender.PrepareAsync(spec, cancellationToken).ConfigureAwait(false);
        var frame = (int)Math.Clamp(Math.Round(at.TotalSeconds * spec.FramesPerSecond), 0, prepared.Analysis.FrameCount - 1);
        var info = new SKImageInfo(spec.FrameSize.Width, spec.FrameSize.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        using (var surface = SKSurface.Create(info))
        {
            prepared.Composer.Draw(surface.Canvas, frame);
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            await using var file = File.Create(output.PartialPath);
            png.SaveTo(file);
        }

        output.Commit();
        return new PreviewResult(output.FinalPath, TimeSpan.FromSeconds((double)frame / spec.FramesPerSecond), prepared.Warnings);
    }

    private async Task<EncodedFrames> EncodeFramesAsync(MusicVideoSpec spec, PreparedRender prepared, string path, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        var count = prepared.Analysis.FrameCount;
        var meter = new ProgressMeter(progress, time, RenderStage.Rendering, count);
        meter.Start();
        var clock = Stopwatch.StartNew();
        var arguments = EncoderArguments.ForFrames(spec.FrameSize, spec.FramesPerSecond, spec.AudioPath, spec.Codec, path);
        using var encoder = FfmpegProcess.Start(prepared.Ffmpeg, arguments, "encoding the video", readsStdin: true);
        var pipeline = new FramePipeline(prepared.Composer, spec.FrameSize, count);
        try
        {
            await pipeline.RunAsync(encoder, done => meter.Report(done), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // ffmpeg closed its input: it stopped, and its exit code and message say why.
            await encoder.WaitForSuccessAsync(cancellationToken).ConfigureAwait(false);
            throw;
        }

        await encoder.WaitForSuccessAsync(cancellationToken).ConfigureAwait(false);
        return new EncodedFrames(count, pipeline.Drawing, pipeline.WaitingForEncoder, clock.Elapsed);
    }

    private sealed record EncodedFrames(long Count, TimeSpan Drawing, TimeSpan WaitingForEncoder, TimeSpan Elapsed);
}
