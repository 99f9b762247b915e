namespace AceStep.Tagging.Flac;

/// <summary>One FLAC metadata block: its type and body (the 4-byte block header is rebuilt when written).</summary>
internal sealed record FlacMetadataBlock(FlacBlockType Type, byte[] Body)
{
    /// <summary>A block's length field has 24 bits.</summary>
    public const int MaxBodyLength = (1 << 24) - 1;

    public const int HeaderLength = 4;

    public void WriteHeader(Span<byte> destination, bool isLast)
    {
        destination[0] = (byte)((isLast ? 0x80 : 0) | (int)Type);
        destination[1] = (byte)(Body.Length >> 16);
        destination[2] = (byte)(Body.Length >> 8);
        destination[3] = (byte)Body.Length;
    }
}
