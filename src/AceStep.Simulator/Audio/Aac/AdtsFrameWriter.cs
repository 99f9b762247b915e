using AceStep.Simulator.Audio.Bits;
using AceStep.Simulator.Audio.Spectral;

namespace AceStep.Simulator.Audio.Aac;

/// <summary>
/// Writes ADTS frames of AAC-LC at 48 kHz, stereo, each a fixed 384 bytes (144 kbit/s) so that tools which
/// estimate duration from the bitrate get it right. Deliberately minimal: one channel pair element with a common
/// long sine window, one section coded with codebook 7 up to the highest used band, every scalefactor equal to
/// the global gain (delta 0), no M/S, TNS, pulse or gain control; a fill element pads the frame.
/// </summary>
internal sealed class AdtsFrameWriter
{
    public const int FrameBytes = 384;
    public const int SamplesPerFrame = 1024;

    private const int HeaderBytes = 7;
    private const int SamplingFrequencyIndex48k = 3;
    private const int ChannelConfigurationStereo = 2;
    private const int AacLcProfile = 1;         // audio object type 2 (LC), minus one
    private const uint ChannelPairElement = 1;
    private const uint FillElement = 6;
    private const uint EndElement = 7;
    private const int SectionLengthBits = 5;
    private const uint SectionLengthEscape = (1 << SectionLengthBits) - 1;
    private const uint ScalefactorDeltaZeroCode = 0;   // index 60 of the scalefactor codebook: a single 0 bit
    private const int ScalefactorDeltaZeroLength = 1;
    private const byte FillByte = 0xA5;                // the fill pattern the standard prescribes for EXT_FILL

    private readonly BitWriter _writer = new(FrameBytes);

    /// <param name="spectrum">Both channels carry this spectrum.</param>
    public void Write(QuantizedSpectrum spectrum, Stream destination)
    {
        _writer.Clear();
        WriteHeader();
        var maxBands = ScalefactorBands.BandsCovering(Math.Max(0, spectrum.LastNonZeroLine()));

        _writer.WriteBits(ChannelPairElement, 3);
        _writer.WriteBits(0, 4);               // element_instance_tag
        _writer.WriteBits(1, 1);               // common_window
        _writer.WriteBits(0, 1);               // ics_reserved_bit
        _writer.WriteBits(0, 2);               // window_sequence: ONLY_LONG_SEQUENCE
        _writer.WriteBits(0, 1);               // window_shape: sine
        _writer.WriteBits((uint)maxBands, 6);  // max_sfb
        _writer.WriteBits(0, 1);               // predictor_data_present
        _writer.WriteBits(0, 2);               // ms_mask_present
        for (var channel = 0; channel < 2; channel++)
        {
            WriteChannelStream(spectrum, maxBands);
        }

        Pad();
        _writer.WriteBits(EndElement, 3);
        _writer.AlignToByte();
        if (_writer.WrittenBytes.Length != FrameBytes)
        {
            throw new InvalidOperationException($"An ADTS frame came out {_writer.WrittenBytes.Length} bytes long instead of {FrameBytes}.");
        }

        destination.Write(_writer.WrittenBytes);
    }

    private void WriteHeader()
    {
        _writer.WriteBits(0xFFF, 12);          // syncword
        _writer.WriteBits(0, 1);               // ID: MPEG-4
        _writer.WriteBits(0, 2);               // layer
        _writer.WriteBits(1, 1);               // protection_absent: no CRC
        _writer.WriteBits(AacLcProfile, 2);
        _writer.WriteBits(SamplingFrequencyIndex48k, 4);
        _writer.WriteBits(0, 1);               // private_bit
        _writer.WriteBits(ChannelConfigurationStereo, 3);
        _writer.WriteBits(0, 4);               // original_copy, home, copyright bits
        _writer.WriteBits(FrameBytes, 13);     // aac_frame_length, header included
        _writer.WriteBits(0x7FF, 11);          // adts_buffer_fullness: variable rate
        _writer.WriteBits(0, 2);               // one raw data block
    }

    private void WriteChannelStream(QuantizedSpectrum spectrum, int maxBands)
    {
        _writer.WriteBits((uint)spectrum.GlobalGain, 8);

        // section_data: a single section of codebook 7 over all transmitted bands.
        if (maxBands > 0)
        {
            _writer.WriteBits(AacCodebook7.Number, 4);
            var remaining = (uint)maxBands;
            while (remaining >= SectionLengthEscape)
            {
                _writer.WriteBits(SectionLengthEscape, SectionLengthBits);
                remaining -= SectionLengthEscape;
            }

            _writer.WriteBits(remaining, SectionLengthBits);
        }

        // scale_factor_data: every band repeats the global gain.
        for (var band = 0; band < maxBands; band++)
        {
            _writer.WriteBits(ScalefactorDeltaZeroCode, ScalefactorDeltaZeroLength);
        }

        _writer.WriteBits(0, 1);               // pulse_data_present
        _writer.WriteBits(0, 1);               // tns_data_present
        _writer.WriteBits(0, 1);               // gain_control_data_present
        WriteSpectralData(spectrum.Lines, ScalefactorBands.Offsets[maxBands]);
    }

    private void WriteSpectralData(sbyte[] lines, int lineCount)
    {
        for (var i = 0; i < lineCount; i += 2)
        {
            int x = lines[i];
            int y = lines[i + 1];
            var (code, length) = AacCodebook7.Encode(Math.Abs(x), Math.Abs(y));
            _writer.WriteBits(code, length);
            if (x != 0)
            {
                _writer.WriteBit(x < 0);
            }

            if (y != 0)
            {
                _writer.WriteBit(y < 0);
            }
        }
    }

    /// <summary>
    /// Fills the frame to its fixed size with fill elements (EXT_FILL) placed before the END element: each has
    /// 3 bits of id, 4 bits of count (plus 8 bits of escape count for 15 bytes or more) and the payload bytes.
    /// Whatever is left, less than a byte, becomes the zero bits that align the END element.
    /// </summary>
    private void Pad()
    {
        const int EndBits = 3;
        const int ShortHeaderBits = 7;
        const int EscapedHeaderBits = 15;
        const int MaxShortPayload = 14;
        const int MaxEscapedPayload = 15 + 255 - 1;
        while (true)
        {
            var bitsLeft = (FrameBytes * 8L) - _writer.BitLength - EndBits;
            if (bitsLeft < 8)
            {
                return;
            }

            var payload = Math.Min(MaxEscapedPayload, (bitsLeft - EscapedHeaderBits) / 8);
            var escaped = payload > MaxShortPayload;
            if (!escaped)
            {
                payload = Math.Min(MaxShortPayload, (bitsLeft - ShortHeaderBits) / 8);
            }

            _writer.WriteBits(FillElement, 3);
            if (escaped)
            {
                _writer.WriteBits(15, 4);
                _writer.WriteBits((uint)(payload - 15 + 1), 8);
            }
            else
            {
                _writer.WriteBits((uint)payload, 4);
            }

            for (long i = 0; i < payload; i++)
            {
                // The first payload byte is extension_type EXT_FILL (0) with a zero fill nibble.
                _writer.WriteBits(i == 0 ? 0u : FillByte, 8);
            }
        }
    }
}
