using AceStep.Simulator.Audio.Bits;

namespace AceStep.Simulator.Tests.Audio.Bits;

public sealed class BitWriterTests
{
    [Fact]
    public void Fields_are_packed_most_significant_bit_first()
    {
        var writer = new BitWriter(1);

        writer.WriteBits(0b101, 3);
        writer.WriteBits(0b00001, 5);
        writer.WriteBits(0xABCD, 16);

        Assert.Equal(new byte[] { 0b1010_0001, 0xAB, 0xCD }, writer.WrittenBytes.ToArray());
    }

    [Fact]
    public void Unary_codes_are_zeros_ended_by_a_one()
    {
        var writer = new BitWriter();

        writer.WriteUnary(3);
        writer.WriteUnary(40);
        writer.AlignToByte();

        Assert.Equal(4 + 41 + 3, writer.BitLength);
        Assert.Equal(new byte[] { 0b0001_0000, 0, 0, 0, 0, 0b0000_1000 }, writer.WrittenBytes.ToArray());
    }

    [Fact]
    public void Signed_values_are_twos_complement()
    {
        var writer = new BitWriter();

        writer.WriteSigned(-2, 4);
        writer.WriteSigned(3, 4);

        Assert.Equal(new byte[] { 0b1110_0011 }, writer.WrittenBytes.ToArray());
    }
}
