namespace AceStep.Video.Output;

/// <summary>A temporary folder of one render's own (for two-pass logs and re-encodes), removed with everything in it at the end.</summary>
internal sealed class RenderWorkspace : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("acestep-mv-");

    public string Path => directory.FullName;

    public string File(string name) => System.IO.Path.Combine(directory.FullName, name);

    public void Dispose()
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (Windows) is left to the system's temp cleaning rather than failing a finished render.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
