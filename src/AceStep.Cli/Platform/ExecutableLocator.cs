namespace AceStep.Cli.Platform;

/// <summary>Finds an external program (ffmpeg, ffprobe) on the PATH of the CLI's environment.</summary>
internal static class ExecutableLocator
{
    public static string? Find(string name, CliEnvironment environment)
    {
        var path = environment.GetVariable("PATH");
        if (path is null)
        {
            return null;
        }

        var candidates = environment.IsWindows ? new[] { name + ".exe", name } : [name];
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in candidates)
            {
                var full = Path.Combine(folder, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }
}
