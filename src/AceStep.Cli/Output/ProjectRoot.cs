namespace AceStep.Cli.Output;

/// <summary>
/// The project a command runs in: the nearest folder at or above the current one that holds .git,
/// .claude or .codex (where an agent's skills live), else the current folder itself.
/// </summary>
internal static class ProjectRoot
{
    private static readonly string[] Markers = [".git", ".claude", ".codex"];

    public static string Find(string currentDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var marker in Markers)
            {
                var candidate = Path.Combine(folder.FullName, marker);
                if (Directory.Exists(candidate) || File.Exists(candidate))
                {
                    return folder.FullName;
                }
            }
        }

        return currentDirectory;
    }
}
