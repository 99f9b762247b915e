using AceStep.Tagging.Formats;
using AceStep.Tagging.Id3;

namespace AceStep.Tagging.Mpeg;

/// <summary>
/// MP3 and raw AAC (ADTS): an ID3v2.4 tag at the very start, then the audio frames. Any ID3v2 tags already at the
/// start (several, when other tools stacked them) are dropped, so the file ends up with exactly one; everything from
/// the first audio frame on, trailing ID3v1 or APE tags included, is copied byte for byte.
/// </summary>
internal sealed class Id3PrefixedTagWriter(string formatName, FrameRecogniser isFirstFrame) : ITagWriter
{
    // Some encoders leave zero bytes between a tag and the first frame; look this far for the frame.
    private const int FrameSearchLength = 64 * 1024;

    public static Id3PrefixedTagWriter Mp3 { get; } = new("MP3", FrameSync.IsMpegAudioFrame);

    public static Id3PrefixedTagWriter Adts { get; } = new("AAC (ADTS)", FrameSync.IsAdtsFrame);

    public string FormatName { get; } = formatName;

    public async Task WriteAsync(Stream source, Stream destination, SongTags tags, CancellationToken cancellationToken)
    {
        var audioStart = await Id3v2Header.EndOfLeadingTagsAsync(source, cancellationToken).ConfigureAwait(false);
        await RequireFirstFrameAsync(source, audioStart, cancellationToken).ConfigureAwait(false);
        var tag = Id3v2TagBuilder.Build(tags);
        await destination.WriteAsync(tag, cancellationToken).ConfigureAwait(false);
        source.Position = audioStart;
        await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    private async Task RequireFirstFrameAsync(Stream source, long audioStart, CancellationToken cancellationToken)
    {
        source.Position = audioStart;
        var head = new byte[FrameSearchLength];
        var read = await source.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var span = head.AsSpan(0, read);
        var firstNonZero = span.IndexOfAnyExcept((byte)0);
        if (firstNonZero < 0 || !isFirstFrame(span[firstNonZero..]))
        {
            throw new InvalidDataException(audioStart == 0
                ? $"it does not start with an ID3 tag or an {FormatName} audio frame"
                : $"no {FormatName} audio frame follows its ID3 tag (at byte {audioStart:N0})");
        }
    }
}
