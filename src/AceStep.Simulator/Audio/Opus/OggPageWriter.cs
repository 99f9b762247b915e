using System.Buffers.Binary;
using AceStep.Simulator.Audio.Bits;

namespace AceStep.Simulator.Audio.Opus;

/// <summary>
/// Packs packets into Ogg pages (RFC 3533) for a single logical stream: lacing values, page sequence numbers,
/// granule positions and the page CRC. Packets are never split across pages.
/// </summary>
internal sealed class OggPageWriter
{
    private const int MaxSegmentsPerPage = 255;
    private const byte ContinuedFlag = 0x01;
    private const byte BeginningOfStreamFlag = 0x02;
    private const byte EndOfStreamFlag = 0x04;

    private readonly Stream _destination;
    private readonly uint _serialNumber;
    private readonly List<byte> _segmentTable = new(MaxSegmentsPerPage);
    private readonly MemoryStream _body = new();
    private uint _sequenceNumber;
    private bool _wroteFirstPage;

    public OggPageWriter(Stream destination, uint serialNumber)
    {
        _destination = destination;
        _serialNumber = serialNumber;
    }

    /// <summary>Packets waiting in the current page.</summary>
    public int PendingPackets { get; private set; }

    /// <summary>Whether a packet of this size still fits in the current page.</summary>
    public bool Fits(int packetLength) => _segmentTable.Count + (packetLength / 255) + 1 <= MaxSegmentsPerPage;

    public void AddPacket(ReadOnlySpan<byte> packet)
    {
        if (!Fits(packet.Length))
        {
            throw new InvalidOperationException("The packet does not fit in the current Ogg page; flush first.");
        }

        for (var remaining = packet.Length; ; remaining -= 255)
        {
            _segmentTable.Add((byte)Math.Min(remaining, 255));
            if (remaining < 255)
            {
                break;
            }
        }

        _body.Write(packet);
        PendingPackets++;
    }

    /// <summary>Writes the pending packets as one page whose last packet ends at <paramref name="granulePosition"/>.</summary>
    public void Flush(long granulePosition, bool endOfStream)
    {
        var flags = (byte)((_wroteFirstPage ? 0 : BeginningOfStreamFlag) | (endOfStream ? EndOfStreamFlag : 0));
        var page = new byte[27 + _segmentTable.Count + _body.Length];
        Span<byte> span = page;
        "OggS"u8.CopyTo(span);
        span[4] = 0;                                         // stream structure version
        span[5] = (byte)(flags & ~ContinuedFlag);            // packets are never continued across pages
        BinaryPrimitives.WriteInt64LittleEndian(span[6..], granulePosition);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], _serialNumber);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], _sequenceNumber++);
        span[26] = (byte)_segmentTable.Count;
        for (var i = 0; i < _segmentTable.Count; i++)
        {
            span[27 + i] = _segmentTable[i];
        }

        _body.GetBuffer().AsSpan(0, (int)_body.Length).CopyTo(span[(27 + _segmentTable.Count)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[22..], OggCrc32.Compute(span));
        _destination.Write(page);

        _wroteFirstPage = true;
        _segmentTable.Clear();
        _body.SetLength(0);
        PendingPackets = 0;
    }
}
