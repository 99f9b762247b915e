using System.Security.Cryptography;

namespace AceStep.Simulator.State;

/// <summary>
/// The simulator's folders: a private temp folder (uploads, decoded chat audio; upstream's <c>tempfile.gettempdir()</c>)
/// and the output folder served by /v1/audio (upstream's <c>&lt;tmp&gt;/api_audio</c>).
/// </summary>
internal sealed class ServerPaths
{
    private readonly bool _ownsOutput;

    private ServerPaths(string root, string outputDirectory, bool ownsOutput)
    {
        Root = root;
        TempDirectory = Path.Combine(root, "tmp");
        OutputDirectory = outputDirectory;
        _ownsOutput = ownsOutput;
        Directory.CreateDirectory(TempDirectory);
        Directory.CreateDirectory(OutputDirectory);
    }

    public string Root { get; }

    public string TempDirectory { get; }

    public string OutputDirectory { get; }

    /// <summary>Folders whose absolute paths version B accepts in <c>src_audio_path</c> (see docs/protocol.md, "Parameters of /release_task").</summary>
    public IReadOnlyList<string> AllowedAudioRoots => [TempDirectory, OutputDirectory];

    public static ServerPaths Create(string? outputDirectory)
    {
        var root = Path.Combine(Path.GetTempPath(), "acestep-simulator-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        return outputDirectory is null
            ? new ServerPaths(root, Path.Combine(root, "tmp", "api_audio"), ownsOutput: true)
            : new ServerPaths(root, Path.GetFullPath(outputDirectory), ownsOutput: false);
    }

    /// <summary>A fresh temp file name <c>&lt;prefix&gt;_&lt;random&gt;&lt;suffix&gt;</c>, as upstream names uploads.</summary>
    public string NewTempFile(string prefix, string suffix) =>
        Path.Combine(TempDirectory, $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}{suffix}");

    /// <summary>Removes the private folders; a caller-chosen output folder is left alone.</summary>
    public void Delete()
    {
        TryDelete(_ownsOutput ? Root : TempDirectory);
        if (!_ownsOutput)
        {
            TryDelete(Root);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A download may still hold a file open; the OS temp cleaner will get it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: best effort.
        }
    }
}
