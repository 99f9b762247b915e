namespace AceStep.Simulator.Requests;

/// <summary>Version B's check of server-side audio paths given as text (see docs/protocol.md, "Parameters of /release_task").</summary>
internal static class AudioPathPolicy
{
    public const string AbsoluteNotAllowed = "absolute audio file paths are not allowed";
    public const string TraversalNotAllowed = "path traversal in audio file paths is not allowed";

    /// <summary>Returns the path to use (normalised when it lies in an allowed folder) or the 400 detail.</summary>
    public static (string? Path, string? Error) Check(string? path, IReadOnlyList<string> allowedRoots)
    {
        if (string.IsNullOrEmpty(path))
        {
            return (null, null);
        }

        if (Path.IsPathRooted(path))
        {
            var full = Path.GetFullPath(path);
            return allowedRoots.Any(root => IsInside(full, root)) ? (full, null) : (null, AbsoluteNotAllowed);
        }

        var segments = path.Split('/', '\\');
        return segments.Contains("..") ? (null, TraversalNotAllowed) : (path, null);
    }

    public static bool IsInside(string fullPath, string root)
    {
        var normalizedRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(normalizedRoot, StringComparison.Ordinal);
    }
}
