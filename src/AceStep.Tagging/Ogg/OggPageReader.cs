using System.Buffers.Binary;
using AceStep.Tagging.Formats;

namespace AceStep.Tagging.Ogg;

/// <summary>
/// Reads Ogg pages one after another and checks each one's checksum: pages are renumbered on the way through, and a
/// fresh checksum must never hide damage that was already there.
/// </summary>
internal sealed class OggPageReader(Stream source)
{
    /// <summary>The next page, or null at the end of the file.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a whole, undamaged Ogg page.</exception>
    public async Task<OggPage?> ReadAsync(CancellationToken cancellationToken)
    {
        var offset = source.Position;
        var header = new byte[OggPage.HeaderLength];
        var read = await source.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return null;
        }

        if (read < header.Length || !header.AsSpan().StartsWith("OggS"u8) || header[4] != 0)
        {
            throw new InvalidDataException($"there is no Ogg page where one should start (at byte {offset:N0})");
        }

        var lacing = await StreamCopy.ReadExactlyAsync(source, header[26], cancellationToken).ConfigureAwait(false);
        var payload = await StreamCopy.ReadExactlyAsync(source, lacing.Sum(value => value), cancellationToken).ConfigureAwait(false);
        var page = new OggPage(
            (OggPageFlags)header[5],
            BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(6)),
            BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(14)),
            BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18)),
            lacing,
            payload);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22)) != Checksum(header, lacing, payload))
        {
            throw new InvalidDataException($"the Ogg page at byte {offset:N0} is damaged (its checksum does not match)");
        }

        return page;
    }

    // The checksum covers the whole page with its own field taken as zero.
    private static uint Checksum(byte[] header, byte[] lacing, byte[] payload)
    {
        var withoutChecksum = header.AsSpan().ToArray();
        withoutChecksum.AsSpan(22, 4).Clear();
        return OggCrc.Compute(payload, OggCrc.Compute(lacing, OggCrc.Compute(withoutChecksum)));
    }
}
