using AceStep.Lyrics.Formats;
using AceStep.Video;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Writes the preview frames docs/mv.md shows: each preset (16:9, 9:16, 1:1) on the gradient and on a picture, in the
/// middle of a karaoke line, from a song and a picture made with ffmpeg. <c>scenario mv-previews FOLDER</c>.
/// </summary>
internal static class MusicVideoPreviews
{
    private const string Lrc = """
        [00:00.50]Neon rain is falling on the empty avenue
        [00:04.00]<00:04.00>I <00:04.30>keep <00:04.70>your <00:05.10>voice <00:05.60>inside <00:06.20>a <00:06.40>broken <00:07.00>radio
        [00:08.00]夜空に光る 星のように
        [00:11.00]Hold on, hold on, we are the afterglow
        [00:15.00]
        """;

    public static async Task RunAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var work = Directory.CreateTempSubdirectory("acestep-mv-previews-");
        try
        {
            var song = Path.Combine(work.FullName, "song.mp3");
            var picture = Path.Combine(work.FullName, "picture.png");
            await Ffmpeg("-f lavfi -i aevalsrc=exprs='0.5*sin(2*PI*55*t)*exp(-7*mod(t,0.5))+0.1*sin(2*PI*220*t)+0.1*(random(0)*2-1)*exp(-35*mod(t+0.25,0.5))':s=44100:d=16", song);
            await Ffmpeg("-f lavfi -i gradients=s=1920x1920:c0=0x1a2a6c:c1=0xb21f1f:c2=0xfdbb2d:c3=0x0f9b8e:n=4:seed=7 -frames:v 1", picture);
            var renderer = new MusicVideoRenderer();
            foreach (var (name, size) in new[] { ("16x9", VideoFrameSize.Landscape), ("9x16", VideoFrameSize.Portrait), ("1x1", VideoFrameSize.Square) })
            {
                foreach (var background in new[] { null, picture })
                {
                    var spec = new MusicVideoSpec
                    {
                        AudioPath = song,
                        OutputPath = Path.Combine(work.FullName, "unused.mp4"),
                        Overwrite = true,
                        FrameSize = size,
                        Title = "Afterglow Avenue",
                        Subtitle = "ACE-Step v1.5 · synthwave",
                        Credit = "Made with ACE-Step",
                        Lyrics = LrcReader.Read(Lrc).Lyrics,
                        BackgroundImagePath = background,
                    };
                    var file = Path.Combine(folder, $"mv-{name}{(background is null ? string.Empty : "-picture")}.png");
                    var preview = await renderer.RenderPreviewAsync(spec, TimeSpan.FromSeconds(5.3), file);
                    Console.WriteLine($"{preview.PngPath} ({string.Join("; ", preview.Warnings)})");
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Runs ffmpeg with <paramref name="input"/> (arguments separated by single spaces, none containing one) writing <paramref name="output"/>.</summary>
    private static async Task Ffmpeg(string input, string output)
    {
        var info = new System.Diagnostics.ProcessStartInfo("ffmpeg") { UseShellExecute = false };
        foreach (var argument in new[] { "-hide_banner", "-loglevel", "error", "-nostdin", "-y" }.Concat(input.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Append(output))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed making {output}");
        }
    }
}
