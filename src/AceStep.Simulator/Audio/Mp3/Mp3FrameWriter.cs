using AceStep.Simulator.Audio.Bits;
using AceStep.Simulator.Audio.Spectral;

namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// Writes MPEG-1 Layer III frames at 48 kHz, 128 kbit/s, stereo, without CRC. Deliberately minimal:
/// every frame is self-contained (main_data_begin = 0, no bit reservoir), blocks are long, scalefactors are
/// zero (scalefac_compress = 0) and all spectral pairs are coded with Huffman table 5. Unused bytes are zero.
/// </summary>
internal sealed class Mp3FrameWriter
{
    public const int SamplesPerFrame = 1152;
    public const int GranulesPerFrame = 2;
    public const int Channels = 2;
    public const int FrameBytes = 144 * 128_000 / 48_000;

    private const int HeaderBytes = 4;
    private const int SideInfoBytes = 32;
    private const int MainDataBits = (FrameBytes - HeaderBytes - SideInfoBytes) * 8;

    // Sync, MPEG-1, Layer III, no CRC | bitrate index 9 (128 kbit/s), 48 kHz, no padding | stereo, original.
    public static ReadOnlySpan<byte> Header => [0xFF, 0xFB, 0x94, 0x04];

    private readonly BitWriter _mainData = new(FrameBytes);
    private readonly BitWriter _frame = new(FrameBytes);
    private readonly int[] _part23Lengths = new int[GranulesPerFrame * Channels];
    private readonly int[] _bigValues = new int[GranulesPerFrame * Channels];

    /// <param name="granules">Two granules; both channels carry the same spectrum.</param>
    public void Write(QuantizedSpectrum[] granules, Stream destination)
    {
        _mainData.Clear();
        for (var granule = 0; granule < GranulesPerFrame; granule++)
        {
            for (var channel = 0; channel < Channels; channel++)
            {
                var start = _mainData.BitLength;
                var index = (granule * Channels) + channel;
                _bigValues[index] = WriteBigValues(_mainData, granules[granule].Lines);
                _part23Lengths[index] = (int)(_mainData.BitLength - start);
            }
        }

        _mainData.AlignToByte();
        if (_mainData.BitLength > MainDataBits)
        {
            throw new InvalidOperationException($"A Layer III frame needs {_mainData.BitLength} bits of main data but holds {MainDataBits}.");
        }

        _frame.Clear();
        _frame.WriteBytes(Header);
        WriteSideInfo(granules);
        _frame.WriteBytes(_mainData.WrittenBytes);
        while (_frame.BitLength < FrameBytes * 8L)
        {
            _frame.WriteBits(0, 8);
        }

        destination.Write(_frame.WrittenBytes);
    }

    private void WriteSideInfo(QuantizedSpectrum[] granules)
    {
        _frame.WriteBits(0, 9);     // main_data_begin: no bit reservoir
        _frame.WriteBits(0, 3);     // private_bits
        _frame.WriteBits(0, 4 * Channels); // scfsi: scalefactors not shared between granules
        for (var granule = 0; granule < GranulesPerFrame; granule++)
        {
            for (var channel = 0; channel < Channels; channel++)
            {
                var index = (granule * Channels) + channel;
                _frame.WriteBits((uint)_part23Lengths[index], 12);
                _frame.WriteBits((uint)_bigValues[index], 9);
                _frame.WriteBits((uint)granules[granule].GlobalGain, 8);
                _frame.WriteBits(0, 4); // scalefac_compress 0: no scalefactor bits
                _frame.WriteBits(0, 1); // window_switching_flag: long blocks
                for (var region = 0; region < 3; region++)
                {
                    _frame.WriteBits(HuffmanTable5.TableNumber, 5);
                }

                _frame.WriteBits(7, 4); // region0_count; irrelevant since every region uses table 5
                _frame.WriteBits(7, 3); // region1_count
                _frame.WriteBits(0, 1); // preflag
                _frame.WriteBits(0, 1); // scalefac_scale
                _frame.WriteBits(0, 1); // count1table_select (no count1 region is coded)
            }
        }
    }

    /// <summary>Codes the lines up to the last non-zero one as big_values pairs; returns the pair count.</summary>
    private static int WriteBigValues(BitWriter writer, sbyte[] lines)
    {
        var last = lines.Length - 1;
        while (last >= 0 && lines[last] == 0)
        {
            last--;
        }

        var pairs = (last + 2) / 2;
        for (var pair = 0; pair < pairs; pair++)
        {
            int x = lines[2 * pair];
            int y = lines[(2 * pair) + 1];
            var (code, length) = HuffmanTable5.Encode(Math.Abs(x), Math.Abs(y));
            writer.WriteBits(code, length);
            if (x != 0)
            {
                writer.WriteBit(x < 0);
            }

            if (y != 0)
            {
                writer.WriteBit(y < 0);
            }
        }

        return pairs;
    }
}
