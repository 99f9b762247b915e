using System.Buffers.Binary;
using AceStep.Tagging.Ogg;
using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests.Ogg;

[Collection(SampleCollection.Name)]
public class OggCrcTests(SampleFiles samples)
{
    [Fact]
    public void The_checksum_matches_the_one_libogg_wrote_on_ffmpegs_first_page()
    {
        var file = File.ReadAllBytes(samples.Opus);
        var pageLength = 27 + file[26] + file.AsSpan(27, file[26]).ToArray().Sum(value => value);
        var page = file[..pageLength];
        var stored = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(22));
        page.AsSpan(22, 4).Clear();

        Assert.Equal(stored, OggCrc.Compute(page));
    }
}
