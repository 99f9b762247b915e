using AceStep.Tagging.Formats;
using AceStep.Tagging.Vorbis;

namespace AceStep.Tagging.Ogg;

/// <summary>
/// Ogg Opus: page 0 holds the OpusHead packet, the next pages the OpusTags (comment) packet, and audio pages follow
/// (RFC 7845). The comment packet is rebuilt and laid out on new pages; the pages after it are renumbered (their
/// sequence numbers shift when the comment needs more or fewer pages) and their checksums recomputed, while their
/// packets, granule positions, flags and serial stay as they were. Pages of other logical streams (the later links
/// of a chained file) are copied unchanged.
/// </summary>
internal sealed class OpusTagWriter : ITagWriter
{
    private const long HeaderGranulePosition = 0;

    public static OpusTagWriter Instance { get; } = new();

    public string FormatName => "Ogg Opus";

    public async Task WriteAsync(Stream source, Stream destination, SongTags tags, CancellationToken cancellationToken)
    {
        var reader = new OggPageReader(source);
        var first = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("it is empty");
        RequireIdentificationPage(first);
        var (oldComment, lastCommentPage) = await ReadCommentPacketAsync(reader, first.Serial, cancellationToken).ConfigureAwait(false);
        var vendor = oldComment.AsSpan().StartsWith("OpusTags"u8) ? VorbisComment.ReadVendor(oldComment.AsSpan(8)) : null;
        if (vendor is null)
        {
            throw new InvalidDataException("its second packet is not an OpusTags comment header");
        }

        await destination.WriteAsync(first.ToBytes(), cancellationToken).ConfigureAwait(false);
        var commentPages = OggPaginator.Paginate(BuildCommentPacket(vendor, tags), first.Serial, first.Sequence + 1, HeaderGranulePosition);
        foreach (var page in commentPages)
        {
            await destination.WriteAsync(page.ToBytes(), cancellationToken).ConfigureAwait(false);
        }

        // Unsigned arithmetic wraps, so a negative shift (a shorter comment) adds up correctly too.
        var sequenceShift = commentPages[^1].Sequence - lastCommentPage.Sequence;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            var renumbered = page.Serial == first.Serial ? page with { Sequence = page.Sequence + sequenceShift } : page;
            await destination.WriteAsync(renumbered.ToBytes(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static void RequireIdentificationPage(OggPage first)
    {
        if (first.Payload.AsSpan().StartsWith("\u0001vorbis"u8))
        {
            throw new InvalidDataException("it holds Ogg Vorbis, not Opus; only Ogg Opus is supported");
        }

        if (!first.Flags.HasFlag(OggPageFlags.BeginningOfStream) || !first.Payload.AsSpan().StartsWith("OpusHead"u8))
        {
            throw new InvalidDataException("its first Ogg page is not an OpusHead identification header");
        }

        if (first.Lacing.Length == 0 || !first.EndsWithCompletePacket || first.Lacing[..^1].Any(value => value < 255))
        {
            throw new InvalidDataException("its OpusHead packet does not sit alone on the first page, as Ogg Opus requires");
        }
    }

    /// <summary>The comment packet's bytes and the page it ends on, which must end with it (RFC 7845).</summary>
    private static async Task<(byte[] Packet, OggPage LastPage)> ReadCommentPacketAsync(OggPageReader reader, uint serial, CancellationToken cancellationToken)
    {
        using var packet = new MemoryStream();
        while (true)
        {
            var page = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("it ends before its OpusTags comment header is complete");
            if (page.Serial != serial)
            {
                throw new InvalidDataException("it interleaves several Ogg streams before the Opus headers end; only plain Ogg Opus files are supported");
            }

            var end = Array.FindIndex(page.Lacing, value => value < 255);
            if (end >= 0 && end != page.Lacing.Length - 1)
            {
                throw new InvalidDataException("audio shares a page with its OpusTags comment header, which Ogg Opus forbids");
            }

            packet.Write(page.Payload);
            if (end >= 0)
            {
                return (packet.ToArray(), page);
            }
        }
    }

    private static byte[] BuildCommentPacket(string vendor, SongTags tags)
    {
        var comment = VorbisComment.Serialize(vendor, VorbisCommentFields.Of(tags, withPicture: true));
        var packet = new byte[8 + comment.Length];
        "OpusTags"u8.CopyTo(packet);
        comment.CopyTo(packet, 8);
        return packet;
    }
}
