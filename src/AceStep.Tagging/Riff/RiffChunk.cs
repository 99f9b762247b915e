namespace AceStep.Tagging.Riff;

/// <summary>Where a chunk of a RIFF file lies: its four-character id, the offset of its 8-byte header and its body size.</summary>
internal sealed record RiffChunk(string Id, long Offset, uint Size, string? ListType)
{
    public const int HeaderLength = 8;

    /// <summary>The chunk's length in the file: header, body and the pad byte that keeps chunks at even offsets.</summary>
    public long StoredLength => HeaderLength + Size + (Size & 1);

    public bool IsOldTag => Id is "id3 " or "ID3 " || (Id == "LIST" && ListType == "INFO");
}
