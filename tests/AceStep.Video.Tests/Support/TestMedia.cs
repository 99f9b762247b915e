using System.Diagnostics;
using System.Globalization;

namespace AceStep.Video.Tests.Support;

/// <summary>Makes test inputs with the real ffmpeg (lavfi sources) and Skia, in a temporary folder of the test's own.</summary>
internal sealed class TestMedia : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("acestep-video-test-");

    public string Folder => directory.FullName;

    public string PathOf(string name) => Path.Combine(directory.FullName, name);

    /// <summary>A steady 440 Hz tone: its spectrum settles, so frames differ only where something is drawn.</summary>
    public string Tone(double seconds, string name = "tone.mp3") =>
        Generate(name, $"sine=frequency=440:sample_rate=44100:duration={Invariant(seconds)}", "-c:a", "libmp3lame", "-b:a", "128k");

    /// <summary>A beat and a chord, so bars and glow move.</summary>
    public string Song(double seconds, string name = "song.mp3") => Generate(
        name,
        "aevalsrc=exprs='0.5*sin(2*PI*55*t)*exp(-7*mod(t,0.5)) + 0.08*(sin(2*PI*220*t)+sin(2*PI*277*t)+sin(2*PI*330*t))"
        + $" + 0.1*(random(0)*2-1)*exp(-35*mod(t+0.25,0.5))':s=44100:d={Invariant(seconds)}",
        "-c:a", "libmp3lame", "-b:a", "128k");

    /// <summary>A picture made of noise, which no encoder can squeeze: renders with it come out large.</summary>
    public string NoiseImage(string name = "noise.png") =>
        Generate(name, "nullsrc=s=1280x720,geq=random(1)*255:128:128", "-frames:v", "1");

    public string SolidImage(string name, string colour) =>
        Generate(name, $"color=c={colour}:s=800x600", "-frames:v", "1");

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => directory.Delete(recursive: true);

    private string Generate(string name, string source, params string[] encoding)
    {
        var path = PathOf(name);
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i", source }.Concat(encoding).Append(path))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ffmpeg could not make {name}: {errors}");
        return path;
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
