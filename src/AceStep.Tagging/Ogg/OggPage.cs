using System.Buffers.Binary;

namespace AceStep.Tagging.Ogg;

/// <summary>
/// One Ogg page: the header fields that matter when pages are renumbered, the lacing values (segment sizes) and the
/// payload. A segment shorter than 255 bytes ends a packet; a 255-byte segment continues it.
/// </summary>
internal sealed record OggPage(OggPageFlags Flags, long GranulePosition, uint Serial, uint Sequence, byte[] Lacing, byte[] Payload)
{
    public const int HeaderLength = 27;
    public const int MaxSegments = 255;

    /// <summary>The granule position of a page on which no packet ends.</summary>
    public const long NoGranulePosition = -1;

    /// <summary>Whether the page's last segment ends a packet.</summary>
    public bool EndsWithCompletePacket => Lacing.Length > 0 && Lacing[^1] < 255;

    /// <summary>The page's bytes with its checksum computed.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderLength + Lacing.Length + Payload.Length];
        var span = bytes.AsSpan();
        "OggS"u8.CopyTo(span);
        span[5] = (byte)Flags;
        BinaryPrimitives.WriteInt64LittleEndian(span[6..], GranulePosition);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], Serial);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], Sequence);
        span[26] = (byte)Lacing.Length;
        Lacing.CopyTo(span[HeaderLength..]);
        Payload.CopyTo(span[(HeaderLength + Lacing.Length)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[22..], OggCrc.Compute(span));
        return bytes;
    }
}
