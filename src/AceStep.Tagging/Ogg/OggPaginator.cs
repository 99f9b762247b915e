namespace AceStep.Tagging.Ogg;

/// <summary>Lays one packet out on as many pages as it needs (255 segments of up to 255 bytes per page).</summary>
internal static class OggPaginator
{
    /// <summary>
    /// The pages for <paramref name="packet"/>, numbered from <paramref name="firstSequence"/>. Pages after the first
    /// are marked as continuing it; the page where it ends carries <paramref name="granulePosition"/>, the others
    /// carry -1 because no packet ends on them.
    /// </summary>
    public static List<OggPage> Paginate(byte[] packet, uint serial, uint firstSequence, long granulePosition)
    {
        // A packet is cut into 255-byte segments and one shorter final segment (empty when the length is a multiple
        // of 255), which is what marks its end.
        var segmentCount = (packet.Length / 255) + 1;
        var pages = new List<OggPage>();
        var segment = 0;
        var offset = 0;
        while (segment < segmentCount)
        {
            var onPage = Math.Min(OggPage.MaxSegments, segmentCount - segment);
            var lacing = new byte[onPage];
            var payloadLength = 0;
            for (var i = 0; i < onPage; i++)
            {
                lacing[i] = (byte)Math.Min(255, packet.Length - offset - payloadLength);
                payloadLength += lacing[i];
            }

            segment += onPage;
            var isLast = segment == segmentCount;
            pages.Add(new OggPage(
                pages.Count == 0 ? OggPageFlags.None : OggPageFlags.Continued,
                isLast ? granulePosition : OggPage.NoGranulePosition,
                serial,
                firstSequence + (uint)pages.Count,
                lacing,
                packet.AsSpan(offset, payloadLength).ToArray()));
            offset += payloadLength;
        }

        return pages;
    }
}
