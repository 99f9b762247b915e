using AceStep.Tagging.Ogg;

namespace AceStep.Tagging.Tests.Ogg;

public class OggPaginatorTests
{
    [Theory]
    [InlineData(0, new byte[] { 0 })]
    [InlineData(254, new byte[] { 254 })]
    [InlineData(255, new byte[] { 255, 0 })]
    [InlineData(600, new byte[] { 255, 255, 90 })]
    public void A_packet_is_cut_into_255_byte_segments_and_a_shorter_last_one(int length, byte[] lacing)
    {
        var page = Assert.Single(OggPaginator.Paginate(new byte[length], serial: 7, firstSequence: 1, granulePosition: 0));

        Assert.Equal(lacing, page.Lacing);
        Assert.Equal(length, page.Payload.Length);
        Assert.Equal(OggPageFlags.None, page.Flags);
        Assert.Equal(0, page.GranulePosition);
    }

    [Fact]
    public void A_packet_of_exactly_255_full_segments_ends_on_a_second_page_with_one_empty_segment()
    {
        var packet = Enumerable.Range(0, 255 * 255).Select(i => (byte)i).ToArray();

        var pages = OggPaginator.Paginate(packet, serial: 7, firstSequence: 1, granulePosition: 0);

        Assert.Equal(2, pages.Count);
        Assert.Equal(255, pages[0].Lacing.Length);
        Assert.False(pages[0].EndsWithCompletePacket);
        Assert.Equal(OggPage.NoGranulePosition, pages[0].GranulePosition);
        Assert.Equal(new byte[] { 0 }, pages[1].Lacing);
        Assert.Equal(OggPageFlags.Continued, pages[1].Flags);
        Assert.Equal(0, pages[1].GranulePosition);
        Assert.Equal([1u, 2u], pages.Select(page => page.Sequence));
        Assert.Equal(packet, pages.SelectMany(page => page.Payload));
    }

    [Fact]
    public void A_large_packet_is_split_into_full_pages_that_continue_each_other()
    {
        var packet = new byte[200_000];

        var pages = OggPaginator.Paginate(packet, serial: 9, firstSequence: 5, granulePosition: 0);

        Assert.Equal(4, pages.Count);
        Assert.All(pages.Skip(1), page => Assert.Equal(OggPageFlags.Continued, page.Flags));
        Assert.All(pages, page => Assert.Equal(9u, page.Serial));
        Assert.Equal([-1L, -1L, -1L, 0L], pages.Select(page => page.GranulePosition));
        Assert.Equal(packet.Length, pages.Sum(page => page.Payload.Length));
    }
}
