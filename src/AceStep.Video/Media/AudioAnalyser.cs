using System.Runtime.InteropServices;
using AceStep.Video.Analysis;

namespace AceStep.Video.Media;

/// <summary>
/// Decodes the song with ffmpeg into mono 32 kHz float samples on a pipe and feeds them to the spectrum analyser as
/// they come, so the whole song is never in memory. A file ffmpeg cannot decode becomes
/// <see cref="AudioUnreadableException"/> carrying ffmpeg's own words.
/// </summary>
internal static class AudioAnalyser
{
    private const int ReadBytes = 64 * 1024;

    public static async Task<AudioAnalysis> AnalyseAsync(string ffmpeg, string audioPath, int framesPerSecond, CancellationToken cancellationToken)
    {
        if (!File.Exists(audioPath))
        {
            throw new AudioUnreadableException(audioPath, "there is no such file");
        }

        if (new FileInfo(audioPath).Length == 0)
        {
            throw new AudioUnreadableException(audioPath, "the file is empty");
        }

        var analyzer = new SpectrumAnalyzer(framesPerSecond);
        string[] arguments =
        [
            "-i", audioPath, "-map", "0:a:0", "-vn", "-ac", "1", "-ar", SpectrumAnalyzer.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-f", "f32le", "pipe:1",
        ];
        using var decoder = FfmpegProcess.Start(ffmpeg, arguments, "decoding the audio", writesStdout: true);
        await PumpAsync(decoder.Output, analyzer, cancellationToken).ConfigureAwait(false);
        var exitCode = await decoder.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var analysis = analyzer.Finish();
        if (exitCode != 0)
        {
            throw new AudioUnreadableException(audioPath, Reason(decoder.ErrorText));
        }

        return analysis.FrameCount > 0 ? analysis : throw new AudioUnreadableException(audioPath, "it holds no audio samples");
    }

    private static async Task PumpAsync(Stream pcm, SpectrumAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var buffer = new byte[ReadBytes];
        var pending = 0;
        int read;
        while ((read = await pcm.ReadAsync(buffer.AsMemory(pending), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var available = pending + read;
            var whole = available - (available % sizeof(float));
            analyzer.Push(MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, whole)));
            pending = available - whole;
            buffer.AsSpan(whole, pending).CopyTo(buffer);
        }
    }

    private static string Reason(string ffmpegErrors)
    {
        var text = ffmpegErrors.Trim();
        return text.Length == 0 ? "ffmpeg could not decode it" : $"ffmpeg says: {text.ReplaceLineEndings(" | ")}";
    }
}
