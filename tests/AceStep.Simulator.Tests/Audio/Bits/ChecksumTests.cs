using System.Text;
using AceStep.Simulator.Audio.Bits;

namespace AceStep.Simulator.Tests.Audio.Bits;

/// <summary>The checksums against the standard check value: the CRC of the ASCII string "123456789".</summary>
public sealed class ChecksumTests
{
    private static readonly byte[] CheckInput = Encoding.ASCII.GetBytes("123456789");

    [Fact]
    public void CRC8_is_the_FLAC_header_checksum() => Assert.Equal(0xF4, Crc8.Compute(CheckInput));

    [Fact]
    public void CRC16_is_the_FLAC_frame_checksum() => Assert.Equal(0xFEE8, Crc16.Compute(CheckInput));

    [Fact]
    public void CRC16_ARC_is_the_LAME_tag_checksum() => Assert.Equal(0xBB3D, Crc16Arc.Compute(CheckInput));

    [Fact]
    public void Ogg_CRC32_has_no_initial_value_and_no_final_XOR() => Assert.Equal(0x89A1897Fu, OggCrc32.Compute(CheckInput));
}
