using System.Buffers.Binary;
using System.Text;
using AceStep.Tagging.Formats;
using AceStep.Tagging.Id3;

namespace AceStep.Tagging.Riff;

/// <summary>
/// WAV (PCM or float): a RIFF file of chunks. Old LIST/INFO and id3 chunks are dropped; a new LIST/INFO chunk (for
/// the readers that know only INFO) and an "id3 " chunk holding the full ID3v2.4 tag go just before the data chunk,
/// where readers that stop at the audio still see them. Every other chunk, the data chunk included, is copied byte
/// for byte and the RIFF size is recomputed.
/// </summary>
internal sealed class WaveTagWriter : ITagWriter
{
    private const int RiffHeaderLength = 12;

    public static WaveTagWriter Instance { get; } = new();

    public string FormatName => "WAV";

    public async Task WriteAsync(Stream source, Stream destination, SongTags tags, CancellationToken cancellationToken)
    {
        var header = await StreamCopy.ReadExactlyAsync(source, RiffHeaderLength, cancellationToken).ConfigureAwait(false);
        RequireWaveHeader(header);
        var chunks = await ReadChunkTableAsync(source, cancellationToken).ConfigureAwait(false);
        var data = chunks.Find(chunk => chunk.Id == "data");
        var format = chunks.FindIndex(chunk => chunk.Id == "fmt ");
        if (data is null || format < 0 || format > chunks.IndexOf(data))
        {
            throw new InvalidDataException("it lacks the 'fmt ' chunk followed by a 'data' chunk that every WAV file has");
        }

        var newChunks = RiffInfoList.Build(tags).Concat(Id3Chunk(tags)).ToArray();
        var kept = chunks.FindAll(chunk => !chunk.IsOldTag);
        var riffSize = 4 + kept.Sum(chunk => chunk.StoredLength) + newChunks.Length;
        if (riffSize > uint.MaxValue)
        {
            throw new InvalidDataException("with its tags it would pass the 4 GiB limit of a RIFF file");
        }

        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)riffSize);
        await destination.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in kept)
        {
            if (chunk == data)
            {
                await destination.WriteAsync(newChunks, cancellationToken).ConfigureAwait(false);
            }

            await CopyChunkAsync(source, destination, chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void RequireWaveHeader(byte[] header)
    {
        if (header.AsSpan().StartsWith("RF64"u8))
        {
            throw new InvalidDataException("it is an RF64 WAV (for audio over 4 GiB), which is not supported");
        }

        if (!header.AsSpan().StartsWith("RIFF"u8) || !header.AsSpan(8).SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("it does not start with a RIFF/WAVE header");
        }
    }

    private static async Task<List<RiffChunk>> ReadChunkTableAsync(Stream source, CancellationToken cancellationToken)
    {
        var chunks = new List<RiffChunk>();
        var header = new byte[RiffChunk.HeaderLength + 4];
        var position = (long)RiffHeaderLength;

        // Fewer than 8 bytes after the last chunk cannot be a chunk: stray bytes that some writers leave, dropped.
        while (position + RiffChunk.HeaderLength <= source.Length)
        {
            source.Position = position;
            var read = await source.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var id = Encoding.Latin1.GetString(header, 0, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            if (position + RiffChunk.HeaderLength + size > source.Length)
            {
                throw new InvalidDataException($"its '{id}' chunk claims {size:N0} bytes, more than the file has left (it is truncated, or was written as a stream without sizes)");
            }

            var listType = id == "LIST" && read == header.Length && size >= 4 ? Encoding.Latin1.GetString(header, 8, 4) : null;
            var chunk = new RiffChunk(id, position, size, listType);
            chunks.Add(chunk);
            position += chunk.StoredLength;
        }

        return chunks;
    }

    private static byte[] Id3Chunk(SongTags tags)
    {
        var tag = Id3v2TagBuilder.Build(tags);
        if (tag.Length == 0)
        {
            return [];
        }

        var chunk = new byte[RiffChunk.HeaderLength + tag.Length + (tag.Length & 1)];
        "id3 "u8.CopyTo(chunk);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)tag.Length);
        tag.CopyTo(chunk, RiffChunk.HeaderLength);
        return chunk;
    }

    // The pad byte is written rather than copied: the last chunk of some files lacks it.
    private static async Task CopyChunkAsync(Stream source, Stream destination, RiffChunk chunk, CancellationToken cancellationToken)
    {
        source.Position = chunk.Offset;
        await StreamCopy.CopyExactlyAsync(source, destination, RiffChunk.HeaderLength + chunk.Size, cancellationToken).ConfigureAwait(false);
        if ((chunk.Size & 1) != 0)
        {
            await destination.WriteAsync(new byte[1], cancellationToken).ConfigureAwait(false);
        }
    }
}
