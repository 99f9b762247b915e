namespace AceStep.Tagging.Formats;

/// <summary>
/// Rewrites a file through a temporary file in the same folder that is renamed over it only when complete, so that a
/// crash, a full disk or bad content never leaves a half-written song. The same folder keeps the rename atomic.
/// </summary>
internal static class AtomicRewrite
{
    private const int BufferSize = 128 * 1024;

    public static async Task RewriteAsync(string path, Func<Stream, Stream, CancellationToken, Task> rewrite, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Path.GetRandomFileName()}.tagging");
        try
        {
            await using (var source = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous))
            await using (var destination = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await rewrite(source, destination, cancellationToken).ConfigureAwait(false);
                await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
                destination.Flush(flushToDisk: true);
            }

            KeepPermissions(fullPath, temporary);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    // The rename would otherwise give the song the temporary file's default permissions.
    private static void KeepPermissions(string original, string replacement)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(replacement, File.GetUnixFileMode(original));
        }
    }
}
