using AceStep.Tagging.Flac;
using AceStep.Tagging.Formats;
using AceStep.Tagging.Mpeg;
using AceStep.Tagging.Ogg;
using AceStep.Tagging.Riff;

namespace AceStep.Tagging;

/// <summary>
/// Writes a song's tags into an audio file: ID3v2.4 in MP3 and AAC, Vorbis comments and a picture in FLAC and Ogg
/// Opus, LIST/INFO and an id3 chunk in WAV. The audio itself is copied unchanged, old tags are replaced rather than
/// added to, and the file is rewritten beside itself and renamed into place, so a failure leaves it as it was.
/// </summary>
public static class AudioTagger
{
    private static readonly Dictionary<string, ITagWriter> WritersByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = Id3PrefixedTagWriter.Mp3,
        [".aac"] = Id3PrefixedTagWriter.Adts,
        [".flac"] = FlacTagWriter.Instance,
        [".opus"] = OpusTagWriter.Instance,
        [".ogg"] = OpusTagWriter.Instance,
        [".wav"] = WaveTagWriter.Instance,
    };

    /// <summary>The file extensions that can be tagged, with their dot (<c>.mp3</c>, <c>.flac</c>…).</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => WritersByExtension.Keys;

    /// <summary>Whether <paramref name="path"/>'s extension is one that can be tagged (the content is checked when writing).</summary>
    public static bool IsSupported(string path) => WritersByExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>Replaces the tags of the audio file at <paramref name="path"/> with <paramref name="tags"/>.</summary>
    /// <exception cref="NotSupportedException">The extension is not one of <see cref="SupportedExtensions"/>.</exception>
    /// <exception cref="InvalidDataException">The content is not what the extension says, or is damaged; the file is unchanged.</exception>
    /// <exception cref="IOException">The file cannot be read, or the folder cannot be written; the file is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be read or written; the file is unchanged.</exception>
    /// <exception cref="ArgumentException">The tags are too large for a FLAC comment block (16 MiB); the file is unchanged.</exception>
    public static async Task WriteAsync(string path, SongTags tags, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(tags);
        if (!WritersByExtension.TryGetValue(Path.GetExtension(path), out var writer))
        {
            throw new NotSupportedException(
                $"Cannot tag '{path}': tags can be written to {string.Join(", ", SupportedExtensions)} files only.");
        }

        try
        {
            await AtomicRewrite.RewriteAsync(path, (source, destination, token) => writer.WriteAsync(source, destination, tags, token), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException exception)
        {
            var content = await DescribeContentAsync(path, writer, cancellationToken).ConfigureAwait(false);
            throw new InvalidDataException(
                $"Cannot tag '{path}': it is not a valid {writer.FormatName} file: {exception.Message}.{content} The file was left unchanged.",
                exception);
        }
    }

    // Names the real content only when it is another format: for a damaged file of the right kind it would mislead.
    private static async Task<string> DescribeContentAsync(string path, ITagWriter expected, CancellationToken cancellationToken)
    {
        (string What, string? Extension)? content;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true))
        {
            content = await AudioContent.DescribeAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        return content switch
        {
            null => string.Empty,
            { Extension: { } extension } when WritersByExtension[extension] == expected => string.Empty,
            { Extension: { } extension } other => $" Its content looks like {other.What}; rename it to {extension}.",
            { } other => $" Its content looks like {other.What}.",
        };
    }
}
