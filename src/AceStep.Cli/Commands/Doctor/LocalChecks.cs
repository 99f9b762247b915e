using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Commands.Doctor;

/// <summary>The checks of this machine: ffmpeg and ffprobe, CJK fonts for videos, the secret keys' state, the output folder.</summary>
internal static class LocalChecks
{
    public static async Task<IReadOnlyList<DoctorCheck>> RunAsync(CliEnvironment environment, CancellationToken cancellation)
    {
        var ffmpeg = ToolAsync("ffmpeg", "audio conversion, compression of large uploads, music videos", environment, cancellation);
        var ffprobe = ToolAsync("ffprobe", "measuring source audio, music videos", environment, cancellation);
        var fonts = CjkFontsAsync(environment, cancellation);
        return [await ffmpeg, await ffprobe, await fonts];
    }

    /// <summary>Every secret key ConfigKeys knows, configured or empty: never its value, only where it comes from.</summary>
    public static IEnumerable<DoctorCheck> SecretKeys(SettingsResolver resolver)
    {
        foreach (var key in ConfigKeys.All.Where(static k => k.IsSecret))
        {
            DoctorCheck check;
            try
            {
                var setting = resolver.Resolve(key);
                check = string.IsNullOrEmpty(setting.Value)
                    ? DoctorCheck.Info(key.Name, $"{key.Name}: empty", $"printf %s \"$KEY\" | acestep config --set {key.Name}")
                    : DoctorCheck.Pass(key.Name, $"{key.Name}: configured ({setting.Origin})");
            }
            catch (CliException error)
            {
                check = DoctorCheck.Fail(key.Name, $"{key.Name}: {error.Message}", error.Hint ?? $"acestep config --unset {key.Name}", ExitCode.Configuration);
            }

            yield return check;
        }
    }

    public static DoctorCheck OutputFolder(Output.OutputFolder folder)
    {
        try
        {
            folder.EnsureWritable();
            return DoctorCheck.Pass("output", $"Output folder {folder.FullPath} is writable");
        }
        catch (CliException error)
        {
            return DoctorCheck.Fail("output", error.Message, error.Hint ?? "acestep config --set output_dir PATH", ExitCode.OutputNotWritable);
        }
    }

    private static async Task<DoctorCheck> ToolAsync(string name, string usedFor, CliEnvironment environment, CancellationToken cancellation)
    {
        var (path, version) = await ToolProbe.VersionAsync(name, environment, cancellation);
        if (path is null)
        {
            return DoctorCheck.Warn(name, $"{name} not found on PATH (needed for {usedFor})", Install(environment, "ffmpeg", "ffmpeg", "Gyan.FFmpeg"));
        }

        return version is null
            ? DoctorCheck.Warn(name, $"{name} at {path} does not run ('{name} -version' failed or hung)", Install(environment, "ffmpeg", "ffmpeg", "Gyan.FFmpeg"))
            : DoctorCheck.Pass(name, $"{name} {version} ({path})");
    }

    private static async Task<DoctorCheck> CjkFontsAsync(CliEnvironment environment, CancellationToken cancellation)
    {
        const string name = "fonts";
        if (environment.IsWindows || OperatingSystem.IsMacOS())
        {
            return DoctorCheck.Pass(name, "CJK fonts: the system's own (Windows and macOS ship them)");
        }

        if (ExecutableLocator.Find("fc-list", environment) is not { } fcList)
        {
            return DoctorCheck.Warn(name, "fc-list not found: cannot look for CJK fonts (Chinese, Japanese, Korean lyrics in videos)", "sudo apt install fontconfig fonts-noto-cjk");
        }

        var output = await ToolProbe.RunAsync(fcList, [":lang=zh", "family"], cancellation);
        var family = output?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).FirstOrDefault();
        return family is null
            ? DoctorCheck.Warn(name, "No CJK font found (fc-list :lang=zh): Chinese, Japanese and Korean lyrics in videos would show as boxes", "sudo apt install fonts-noto-cjk")
            : DoctorCheck.Pass(name, $"CJK font: {family.Split(',')[0]}");
    }

    private static string Install(CliEnvironment environment, string apt, string brew, string winget) =>
        environment.IsWindows ? $"winget install {winget}"
        : OperatingSystem.IsMacOS() ? $"brew install {brew}"
        : $"sudo apt install {apt}";
}
