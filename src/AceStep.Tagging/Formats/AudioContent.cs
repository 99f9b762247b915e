using AceStep.Tagging.Id3;
using AceStep.Tagging.Mpeg;

namespace AceStep.Tagging.Formats;

/// <summary>
/// Names what a file really holds from its first bytes, so that a file whose extension lies (the server sends FLAC
/// bytes for an unknown format, whatever the name) gets an error that says what it is and how to name it.
/// </summary>
internal static class AudioContent
{
    private const int SniffLength = 64;

    /// <summary>Describes the content after any ID3v2 tags at the start of <paramref name="stream"/>.</summary>
    public static async Task<(string What, string? Extension)?> DescribeAsync(Stream stream, CancellationToken cancellationToken)
    {
        stream.Position = await Id3v2Header.EndOfLeadingTagsAsync(stream, cancellationToken).ConfigureAwait(false);
        var head = new byte[SniffLength];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return Describe(head.AsSpan(0, read));
    }

    /// <summary>
    /// What the bytes look like ("FLAC audio") and the extension that fits it (".flac"; null when no extension we
    /// tag fits), or null when nothing is recognised.
    /// </summary>
    private static (string What, string? Extension)? Describe(ReadOnlySpan<byte> head) =>
        head switch
        {
            _ when head.StartsWith("fLaC"u8) => ("FLAC audio", ".flac"),
            _ when head.StartsWith("OggS"u8) => head.IndexOf("OpusHead"u8) >= 0 ? ("Ogg Opus audio", ".opus") : ("an Ogg file that is not Opus", null),
            _ when head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WAVE"u8) => ("WAV audio", ".wav"),
            _ when head.StartsWith("RF64"u8) => ("an RF64 WAV file", null),
            _ when head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8) => ("MP4/M4A audio", null),
            _ when FrameSync.IsAdtsFrame(head) => ("AAC audio in ADTS frames", ".aac"),
            _ when FrameSync.IsMpegAudioFrame(head) => ("MPEG audio", ".mp3"),
            _ => null,
        };
}
