namespace AceStep.Client;

/// <summary>
/// A local audio file to upload as source or reference audio. The file is streamed when the request is sent,
/// never loaded whole; its name and lower-cased extension travel with it because the server's decoder relies
/// on the extension.
/// </summary>
public sealed class AudioSource
{
    private AudioSource(string fullPath)
    {
        FullPath = fullPath;
        FileName = Path.GetFileName(fullPath);
        Extension = Path.GetExtension(fullPath).TrimStart('.').ToLowerInvariant();
    }

    /// <summary>The absolute local path.</summary>
    public string FullPath { get; }

    /// <summary>The file name sent in the multipart part (e.g. <c>song.mp3</c>).</summary>
    public string FileName { get; }

    /// <summary>The lower-cased extension without the dot, or empty when the name has none.</summary>
    public string Extension { get; }

    /// <summary>Refers to an existing, readable local file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The path is empty or names a directory.</exception>
    public static AudioSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new ArgumentException($"The audio source '{path}' is a directory, not a file.", nameof(path));
        }

        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"The audio source '{path}' does not exist.", fullPath);
        }

        return new AudioSource(fullPath);
    }

    /// <summary>The file's current length in bytes.</summary>
    public long Length => new FileInfo(FullPath).Length;

    /// <summary>Opens the file for asynchronous sequential reading.</summary>
    public FileStream OpenRead() =>
        new(FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public override string ToString() => FileName;
}
