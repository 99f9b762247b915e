using AceStep.Tagging.Id3;

namespace AceStep.Tagging.Tests.Id3;

public class SyncsafeTests
{
    [Theory]
    [InlineData(0, new byte[] { 0, 0, 0, 0 })]
    [InlineData(127, new byte[] { 0, 0, 0, 0x7F })]
    [InlineData(128, new byte[] { 0, 0, 1, 0 })]
    [InlineData(Syncsafe.MaxValue, new byte[] { 0x7F, 0x7F, 0x7F, 0x7F })]
    public void Sizes_use_seven_bits_per_byte(int value, byte[] encoded)
    {
        var bytes = new byte[4];
        Syncsafe.Encode(value, bytes);

        Assert.Equal(encoded, bytes);
        Assert.Equal(value, Syncsafe.Decode(bytes));
    }

    [Fact]
    public void A_size_past_28_bits_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Syncsafe.Encode(Syncsafe.MaxValue + 1, new byte[4]));
}
