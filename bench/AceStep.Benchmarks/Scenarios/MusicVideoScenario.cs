using System.Diagnostics;
using System.Globalization;
using AceStep.Benchmarks.Support;
using AceStep.Lyrics;
using AceStep.Video;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Renders a music video of a song made by ffmpeg (a beat, a chord and a sweep, so the spectrum moves like music) with
/// a title and a lyric line every four seconds, and reports the wall time against the song's length, the drawing and
/// encoding speeds, and the peak memory of the renderer and of ffmpeg.
/// </summary>
internal static class MusicVideoScenario
{
    public static async Task RunAsync(double songSeconds, string size)
    {
        if (!VideoFrameSize.TryParse(size, out var frameSize, out var error))
        {
            throw new ArgumentException(error, nameof(size));
        }

        var folder = Directory.CreateTempSubdirectory("acestep-bench-mv-");
        try
        {
            var song = Path.Combine(folder.FullName, "song.mp3");
            MakeSong(song, songSeconds);
            var spec = new MusicVideoSpec
            {
                AudioPath = song,
                OutputPath = Path.Combine(folder.FullName, "video.mp4"),
                FrameSize = frameSize,
                Title = "Afterglow Avenue",
                Subtitle = "ACE-Step v1.5 · synthwave",
                Credit = "Made with ACE-Step",
                Lyrics = Lyrics(songSeconds),
            };
            var childrenBefore = ResourceUsage.OfChildren().Cpu;
            var selfBefore = ResourceUsage.OfSelf().Cpu;
            var clock = Stopwatch.StartNew();
            var result = await new MusicVideoRenderer().RenderAsync(spec);
            clock.Stop();
            Report(result, clock.Elapsed, ResourceUsage.OfSelf().Cpu - selfBefore, ResourceUsage.OfChildren().Cpu - childrenBefore);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Report(RenderResult result, TimeSpan wall, TimeSpan rendererCpu, TimeSpan ffmpegCpu)
    {
        var frames = (double)result.Frames;
        var statistics = result.Statistics;
        Metrics.Report("song_seconds", result.Duration.TotalSeconds);
        Metrics.Report("wall_seconds", wall.TotalSeconds);
        Metrics.Report("realtime_ratio", result.Duration.TotalSeconds / wall.TotalSeconds);
        Metrics.Report("frames", frames);
        Metrics.Report("overall_fps", frames / statistics.FramePhase.TotalSeconds);
        Metrics.Report("draw_ms_per_frame", statistics.Drawing.TotalMilliseconds / frames);
        Metrics.Report("draw_fps", frames / statistics.Drawing.TotalSeconds);
        Metrics.Report("encoder_wait_seconds", statistics.WaitingForEncoder.TotalSeconds);
        Metrics.Report("ffmpeg_cpu_ms_per_frame", ffmpegCpu.TotalMilliseconds / frames);
        Metrics.Report("encode_fps_per_cpu", frames / ffmpegCpu.TotalSeconds);
        Metrics.Report("renderer_cpu_ms_per_frame", rendererCpu.TotalMilliseconds / frames);
        Metrics.Report("analysis_seconds", statistics.Analysis.TotalSeconds);
        Metrics.Report("renderer_peak_mb", ResourceUsage.OfSelf().PeakMegabytes);
        Metrics.Report("ffmpeg_peak_mb", ResourceUsage.OfChildren().PeakMegabytes);
        Metrics.Report("output_mb", result.SizeBytes / 1e6);
    }

    private static TimedLyrics Lyrics(double seconds)
    {
        string[] verses = ["Neon rain is falling on the empty avenue", "I keep your voice inside a broken radio", "夜空に光る 星のように", "Hold on, hold on, we are the afterglow"];
        var lines = new List<TimedLine>();
        for (var start = 1.0; start + 4 <= seconds; start += 4)
        {
            lines.Add(new TimedLine(start, start + 3.6, verses[lines.Count % verses.Length]));
        }

        return new TimedLyrics(lines);
    }

    private static void MakeSong(string path, double seconds)
    {
        var expression = "0.5*sin(2*PI*55*t)*exp(-7*mod(t,0.5)) + 0.16*sin(2*PI*(110+27*gte(mod(t,8),4))*t)"
            + " + 0.06*(sin(2*PI*220*t)+sin(2*PI*277*t)+sin(2*PI*330*t))*(0.6+0.4*sin(2*PI*0.25*t))"
            + " + 0.1*(random(0)*2-1)*exp(-35*mod(t+0.25,0.5)) + 0.07*sin(2*PI*(660+440*sin(PI*0.5*t))*t)*gte(mod(t,2),1)";
        var info = new ProcessStartInfo("ffmpeg") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi",
            "-i", string.Create(CultureInfo.InvariantCulture, $"aevalsrc=exprs='{expression}':s=44100:d={seconds}"),
            "-c:a", "libmp3lame", "-b:a", "192k", path,
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not make the test song: {errors}");
        }
    }
}
