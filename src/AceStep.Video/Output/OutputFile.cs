namespace AceStep.Video.Output;

/// <summary>
/// The output path, reserved: refused at once when it exists and may not be replaced; written under a hidden
/// temporary name beside it (same folder, so the final rename is atomic); renamed into place only when complete.
/// Disposing before <see cref="Commit"/> deletes the half-written file.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly bool overwrite;
    private bool committed;

    private OutputFile(string path, bool overwrite, string partialExtension)
    {
        FinalPath = Path.GetFullPath(path);
        this.overwrite = overwrite;
        var directory = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(directory);
        PartialPath = Path.Combine(directory, $".{Path.GetFileName(FinalPath)}.{Guid.NewGuid():N}.partial{partialExtension}");
    }

    public string FinalPath { get; }

    public string PartialPath { get; }

    /// <exception cref="OutputExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static OutputFile Reserve(string path, bool overwrite, string partialExtension = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return !overwrite && File.Exists(path) ? throw new OutputExistsException(Path.GetFullPath(path)) : new OutputFile(path, overwrite, partialExtension);
    }

    /// <summary>Moves the finished file into place; a file that appeared there meanwhile is replaced only when allowed.</summary>
    public void Commit()
    {
        try
        {
            File.Move(PartialPath, FinalPath, overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(FinalPath))
        {
            throw new OutputExistsException(FinalPath);
        }

        committed = true;
    }

    public void Dispose()
    {
        if (!committed)
        {
            File.Delete(PartialPath);
        }
    }
}
