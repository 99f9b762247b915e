using System.Globalization;
using AceStep.Video.Media;
using AceStep.Video.Output;

namespace AceStep.Video.Encoding;

/// <summary>
/// Brings a rendered video under a size limit: a two-pass encode at the bitrate the limit allows, then the result is
/// measured, and when the encoder overshot, encoded again at a bitrate lowered by the overshoot. The full-quality
/// render is kept (and the shortfall reported) when no try fits or ffmpeg fails; it is replaced only by a file that fits.
/// </summary>
internal sealed class SizeFitter(string ffmpeg, RenderWorkspace workspace, TimeProvider time)
{
    /// <summary>The share of the budget the first try aims at; tests raise it above 1 to force a retry.</summary>
    internal double FirstTryMargin { get; init; } = BitrateBudget.SafetyMargin;

    internal int MaximumEncodes { get; init; } = 3;

    public async Task<SizeFitReport> FitAsync(string video, MusicVideoSpec spec, TimeSpan duration, long limit, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        var rendered = new FileInfo(video).Length;
        if (rendered <= limit)
        {
            return new SizeFitReport(limit, rendered, rendered, 0, Fits: true, []);
        }

        var meter = new ProgressMeter(progress, time, RenderStage.Compressing, 0);
        var bitrates = new List<long>();
        var bitrate = BitrateBudget.VideoBitsPerSecond(limit, duration, FirstTryMargin);
        for (var attempt = 1; attempt <= MaximumEncodes; attempt++)
        {
            if (bitrate < BitrateBudget.MinimumVideoBitsPerSecond)
            {
                return Failed($"the next try would leave the picture under {BitrateBudget.MinimumVideoBitsPerSecond / 1000} kb/s");
            }

            meter.Report(0, attempt);
            bitrates.Add(bitrate);
            var candidate = workspace.File($"fit-{attempt}{spec.Codec.FileExtension()}");
            try
            {
                await EncodeAsync(video, candidate, spec, bitrate, attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (FfmpegFailedException exception)
            {
                return Failed(exception.Message);
            }

            var size = new FileInfo(candidate).Length;
            if (size <= limit)
            {
                File.Move(candidate, video, overwrite: true);
                return new SizeFitReport(limit, rendered, size, attempt, Fits: true, bitrates);
            }

            // Aim lower by the overshoot, and a little more, so the next try lands under the limit.
            bitrate = (long)((bitrate + BitrateBudget.AudioBitsPerSecond) * ((double)limit / size) * 0.97) - BitrateBudget.AudioBitsPerSecond;
        }

        return Failed($"{MaximumEncodes} two-pass encodes all came out over the limit");

        SizeFitReport Failed(string reason) => new(limit, rendered, rendered, bitrates.Count, Fits: false, bitrates, reason);
    }

    public static string Describe(SizeFitReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"the video is {report.FinalBytes / 1e6:0.0} MB, over the {report.LimitBytes / 1e6:0.##} MB limit: {report.FailureReason}. The full-quality render was kept.");

    private async Task EncodeAsync(string input, string output, MusicVideoSpec spec, long bitrate, int attempt, CancellationToken cancellationToken)
    {
        var size = BitrateBudget.ScaledFor(spec.FrameSize, spec.FramesPerSecond, bitrate);
        var passLog = workspace.File($"pass-{attempt}");
        await FfmpegProcess.RunAsync(ffmpeg, TwoPassArguments.FirstPass(input, spec.Codec, bitrate, size, passLog), "measuring the video for the size limit (pass 1)", cancellationToken)
            .ConfigureAwait(false);
        await FfmpegProcess.RunAsync(ffmpeg, TwoPassArguments.SecondPass(input, spec.Codec, bitrate, size, passLog, output), "encoding the video for the size limit (pass 2)", cancellationToken)
            .ConfigureAwait(false);
    }
}
