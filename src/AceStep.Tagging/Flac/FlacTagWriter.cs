using AceStep.Tagging.Formats;
using AceStep.Tagging.Vorbis;

namespace AceStep.Tagging.Flac;

/// <summary>
/// FLAC: the "fLaC" marker, metadata blocks, then audio frames. STREAMINFO and every other block (seek table, cue
/// sheet, application data) are kept in order; old Vorbis comments, pictures and padding are replaced by one new
/// VORBIS_COMMENT block and, with a cover, one PICTURE block. The audio frames are copied byte for byte.
/// </summary>
internal sealed class FlacTagWriter : ITagWriter
{
    public static FlacTagWriter Instance { get; } = new();

    public string FormatName => "FLAC";

    public async Task WriteAsync(Stream source, Stream destination, SongTags tags, CancellationToken cancellationToken)
    {
        var marker = await StreamCopy.ReadExactlyAsync(source, 4, cancellationToken).ConfigureAwait(false);
        if (!marker.AsSpan().SequenceEqual("fLaC"u8))
        {
            throw new InvalidDataException("it does not start with the 'fLaC' marker");
        }

        var blocks = await ReadMetadataAsync(source, cancellationToken).ConfigureAwait(false);
        var audioStart = source.Position;
        await RequireFrameOrEndAsync(source, cancellationToken).ConfigureAwait(false);

        var written = Retag(blocks, tags);
        await destination.WriteAsync("fLaC"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        var header = new byte[FlacMetadataBlock.HeaderLength];
        for (var i = 0; i < written.Count; i++)
        {
            written[i].WriteHeader(header, isLast: i == written.Count - 1);
            await destination.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await destination.WriteAsync(written[i].Body, cancellationToken).ConfigureAwait(false);
        }

        source.Position = audioStart;
        await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<FlacMetadataBlock>> ReadMetadataAsync(Stream source, CancellationToken cancellationToken)
    {
        var blocks = new List<FlacMetadataBlock>();
        bool isLast;
        do
        {
            var header = await StreamCopy.ReadExactlyAsync(source, FlacMetadataBlock.HeaderLength, cancellationToken).ConfigureAwait(false);
            isLast = (header[0] & 0x80) != 0;
            var type = (FlacBlockType)(header[0] & 0x7F);
            var length = (header[1] << 16) | (header[2] << 8) | header[3];
            if (type == FlacBlockType.Invalid || (blocks.Count == 0) != (type == FlacBlockType.StreamInfo))
            {
                throw new InvalidDataException("its metadata blocks are damaged (STREAMINFO must come first, and only there)");
            }

            if (length > source.Length - source.Position)
            {
                throw new InvalidDataException($"a {type} metadata block claims {length:N0} bytes, more than the file has left");
            }

            blocks.Add(new FlacMetadataBlock(type, await StreamCopy.ReadExactlyAsync(source, length, cancellationToken).ConfigureAwait(false)));
        }
        while (!isLast);

        return blocks;
    }

    // A FLAC frame starts with the 14-bit sync code 11111111 111110; an encoder may also have written no frames.
    private static async Task RequireFrameOrEndAsync(Stream source, CancellationToken cancellationToken)
    {
        var sync = new byte[2];
        var read = await source.ReadAtLeastAsync(sync, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read != 0 && (read < 2 || sync[0] != 0xFF || (sync[1] & 0xFE) != 0xF8))
        {
            throw new InvalidDataException($"no audio frame follows its metadata (at byte {source.Position - read:N0})");
        }
    }

    private static List<FlacMetadataBlock> Retag(List<FlacMetadataBlock> blocks, SongTags tags)
    {
        var oldComment = blocks.Find(block => block.Type == FlacBlockType.VorbisComment);
        var vendor = oldComment is null ? null : VorbisComment.ReadVendor(oldComment.Body);
        var kept = blocks.FindAll(block => block.Type is not (FlacBlockType.VorbisComment or FlacBlockType.Picture or FlacBlockType.Padding));
        var comment = VorbisComment.Serialize(vendor ?? VorbisComment.DefaultVendor, VorbisCommentFields.Of(tags, withPicture: false));
        if (comment.Length > FlacMetadataBlock.MaxBodyLength)
        {
            throw new ArgumentException($"The tags take {comment.Length:N0} bytes; a FLAC comment block holds at most {FlacMetadataBlock.MaxBodyLength:N0}.", nameof(tags));
        }

        kept.Add(new FlacMetadataBlock(FlacBlockType.VorbisComment, comment));
        if (tags.Cover is { } cover)
        {
            kept.Add(new FlacMetadataBlock(FlacBlockType.Picture, FlacPicture.Build(cover)));
        }

        return kept;
    }
}
