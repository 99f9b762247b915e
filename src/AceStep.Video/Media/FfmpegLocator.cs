namespace AceStep.Video.Media;

/// <summary>Finds the ffmpeg executable: the path given, or <c>ffmpeg</c> on the PATH.</summary>
internal static class FfmpegLocator
{
    public static string Resolve(string? configured)
    {
        var name = string.IsNullOrWhiteSpace(configured) ? "ffmpeg" : configured.Trim();
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || name.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(name) ? Path.GetFullPath(name) : throw new FfmpegNotFoundException($"no file at '{name}'");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in Candidates(directory, name))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FfmpegNotFoundException($"'{name}' is not on the PATH");
    }

    private static IEnumerable<string> Candidates(string directory, string name)
    {
        yield return Path.Combine(directory, name);
        if (OperatingSystem.IsWindows() && !name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            yield return Path.Combine(directory, name + ".exe");
        }
    }
}
