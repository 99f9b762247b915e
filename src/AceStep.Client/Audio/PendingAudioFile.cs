namespace AceStep.Client.Audio;

/// <summary>
/// An audio file being written: bytes go to a hidden temporary file in the destination folder, and only a
/// complete, recognised file is renamed (atomically, same folder) to its final name. Disposing an uncommitted
/// file deletes it, so a failure or cancellation leaves nothing behind.
/// </summary>
internal sealed class PendingAudioFile : IAsyncDisposable
{
    private bool _committed;

    private PendingAudioFile(string directory, string temporaryPath, FileStream stream)
    {
        Directory = directory;
        TemporaryPath = temporaryPath;
        Stream = stream;
    }

    public string Directory { get; }

    public string TemporaryPath { get; }

    public FileStream Stream { get; }

    public static PendingAudioFile Create(string directory)
    {
        var fullDirectory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(fullDirectory);
        var temporaryPath = Path.Combine(fullDirectory, $".acestep-{Path.GetRandomFileName()}.partial");
        var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        return new PendingAudioFile(fullDirectory, temporaryPath, stream);
    }

    /// <summary>
    /// Checks the content, names the file after what it really is (<c>stem.mp3</c>, <c>stem.flac</c>, …) and
    /// renames it into place. An existing file is replaced only when <paramref name="overwrite"/> is set.
    /// </summary>
    /// <exception cref="AceStepProtocolException">The bytes are not a recognised audio format.</exception>
    /// <exception cref="IOException">The final name exists and overwriting was not allowed, or the disk failed.</exception>
    public async Task<SavedAudio> CommitAsync(string fileStem, bool overwrite, string source, CancellationToken cancellationToken)
    {
        RequirePlainFileName(fileStem);
        await Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var length = Stream.Length;
        var header = new byte[AudioFormatSniffer.HeaderLength];
        Stream.Position = 0;
        var read = await Stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        await Stream.DisposeAsync().ConfigureAwait(false);

        var format = AudioFormatSniffer.Detect(header.AsSpan(0, read));
        if (format == AudioFormat.Unknown)
        {
            var seen = read == 0 ? "an empty body" : "bytes that are not audio (no MP3, WAV, FLAC, Ogg or AAC signature)";
            throw new AceStepProtocolException($"{source}: the server sent {seen}; nothing was saved.", new AceStepErrorDetails(source));
        }

        var finalPath = Path.Combine(Directory, $"{fileStem}.{AudioFormatSniffer.ExtensionFor(format)}");
        if (!overwrite && File.Exists(finalPath))
        {
            throw new IOException($"The file '{finalPath}' already exists; it was not overwritten.");
        }

        File.Move(TemporaryPath, finalPath, overwrite);
        _committed = true;
        return new SavedAudio(finalPath, format, length, AudioDurationProbe.Probe(finalPath, format));
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            try
            {
                File.Delete(TemporaryPath);
            }
            catch (IOException)
            {
                // Best effort: the original failure matters more than a leftover hidden temp file.
            }
            catch (UnauthorizedAccessException)
            {
                // Same as above.
            }
        }
    }

    /// <exception cref="ArgumentException">The stem has separators, is empty, or is <c>.</c>/<c>..</c>.</exception>
    public static void RequirePlainFileName(string fileStem)
    {
        var plain = !string.IsNullOrWhiteSpace(fileStem)
            && fileStem is not "." and not ".."
            && Path.GetFileName(fileStem) == fileStem
            && fileStem.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            && !fileStem.Contains('/', StringComparison.Ordinal)
            && !fileStem.Contains('\\', StringComparison.Ordinal);
        if (!plain)
        {
            throw new ArgumentException($"'{fileStem}' is not a plain file name; use JobIdSanitizer.ToFileStem.", nameof(fileStem));
        }
    }
}
