namespace AceStep.Tagging.Formats;

/// <summary>
/// Writes one container format: copies the audio from the original file to a new one with the song's tags in place
/// of any old ones.
/// </summary>
internal interface ITagWriter
{
    /// <summary>What the format is called in messages ("MP3", "FLAC").</summary>
    string FormatName { get; }

    /// <exception cref="InvalidDataException">The source is not a file of this format; the message says why.</exception>
    Task WriteAsync(Stream source, Stream destination, SongTags tags, CancellationToken cancellationToken);
}
