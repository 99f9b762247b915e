using System.Diagnostics;

namespace AceStep.Video.Tests.Support;

/// <summary>The machine's fonts as fontconfig lists them (the CI installs a CJK font: fonts-wqy-microhei).</summary>
internal static class Fonts
{
    /// <summary>A font file fontconfig has for the language (<c>zh</c>, <c>ja</c>…), or null when none is installed.</summary>
    public static string? FileFor(string language) =>
        FontConfig("fc-list", $":lang={language}", "file").FirstOrDefault(line => line.Length > 0)?.TrimEnd(':').Trim();

    /// <summary>The file of the font fontconfig picks for <paramref name="pattern"/> (for example "DejaVu Sans").</summary>
    public static string Match(string pattern) => FontConfig("fc-match", pattern, "--format=%{file}").Single();

    public static string RequireCjkFont() =>
        FileFor("zh") ?? throw new InvalidOperationException(
            "this test needs a font with Chinese characters, and fontconfig lists none (fc-list :lang=zh). Install one: apt-get install fonts-wqy-microhei");

    private static string[] FontConfig(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
