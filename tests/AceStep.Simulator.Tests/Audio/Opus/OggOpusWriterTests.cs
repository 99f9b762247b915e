using System.Buffers.Binary;
using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.Audio.Opus;

public sealed class OggOpusWriterTests
{
    [Fact]
    public void The_stream_is_the_Opus_head_then_the_Opus_tags_then_audio_ending_at_the_exact_sample()
    {
        var spec = new SongSpec(3.21, 120, "C major", 4, 1);
        var pages = OggPage.ReadAll(RenderedFile.Render(spec, AudioContainer.Opus));

        Assert.True(pages[0].IsFirst);
        Assert.Equal("OpusHead"u8.ToArray(), pages[0].Body[..8]);
        Assert.Equal(2, pages[0].Body[9]);
        Assert.Equal(48_000u, BinaryPrimitives.ReadUInt32LittleEndian(pages[0].Body.AsSpan(12)));
        Assert.Equal("OpusTags"u8.ToArray(), pages[1].Body[..8]);

        int preSkip = BinaryPrimitives.ReadUInt16LittleEndian(pages[0].Body.AsSpan(10));
        var last = pages[^1];
        Assert.True(last.IsLast);
        Assert.Equal(preSkip + (long)Math.Round(3.21 * 48_000), last.GranulePosition);
        Assert.Equal(Enumerable.Range(0, pages.Count).Select(i => (uint)i), pages.Select(p => p.SequenceNumber));
    }

    /// <summary>Just enough of an Ogg page reader to check what our writer produced.</summary>
    private sealed record OggPage(bool IsFirst, bool IsLast, long GranulePosition, uint SequenceNumber, byte[] Body)
    {
        public static List<OggPage> ReadAll(byte[] bytes)
        {
            var pages = new List<OggPage>();
            for (var position = 0; position < bytes.Length;)
            {
                Assert.Equal("OggS"u8.ToArray(), bytes[position..(position + 4)]);
                var flags = bytes[position + 5];
                var granule = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(position + 6));
                var sequence = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 18));
                int segments = bytes[position + 26];
                var bodyLength = bytes.AsSpan(position + 27, segments).ToArray().Sum(b => b);
                var bodyStart = position + 27 + segments;
                pages.Add(new OggPage((flags & 2) != 0, (flags & 4) != 0, granule, sequence, bytes[bodyStart..(bodyStart + bodyLength)]));
                position = bodyStart + bodyLength;
            }

            return pages;
        }
    }
}
