namespace AceStep.Simulator.Audio.Bits;

/// <summary>Writes bit fields most-significant bit first, as MPEG, FLAC and AAC bitstreams expect.</summary>
internal sealed class BitWriter
{
    private byte[] _buffer;
    private int _length;
    private ulong _pending;
    private int _pendingBits;

    public BitWriter(int initialCapacity = 4096) => _buffer = new byte[initialCapacity];

    /// <summary>Bits written so far, including those not yet flushed to a whole byte.</summary>
    public long BitLength => (_length * 8L) + _pendingBits;

    /// <summary>Whole bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenBytes => _buffer.AsSpan(0, _length);

    /// <summary>Appends the low <paramref name="count"/> bits (0–32) of <paramref name="value"/>.</summary>
    public void WriteBits(uint value, int count)
    {
        if (count == 0)
        {
            return;
        }

        _pending = (_pending << count) | (value & (uint.MaxValue >> (32 - count)));
        _pendingBits += count;
        while (_pendingBits >= 8)
        {
            _pendingBits -= 8;
            AppendByte((byte)(_pending >> _pendingBits));
        }
    }

    /// <summary>Appends a two's-complement signed value in <paramref name="count"/> bits.</summary>
    public void WriteSigned(int value, int count) => WriteBits(unchecked((uint)value), count);

    public void WriteBit(bool bit) => WriteBits(bit ? 1u : 0u, 1);

    /// <summary>Appends <paramref name="zeros"/> zero bits followed by a one (FLAC's unary code).</summary>
    public void WriteUnary(uint zeros)
    {
        while (zeros >= 32)
        {
            WriteBits(0, 32);
            zeros -= 32;
        }

        WriteBits(1, (int)zeros + 1);
    }

    /// <summary>Pads with zero bits up to the next byte boundary.</summary>
    public void AlignToByte()
    {
        if (_pendingBits > 0)
        {
            WriteBits(0, 8 - _pendingBits);
        }
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            WriteBits(b, 8);
        }
    }

    /// <summary>Forgets everything written, keeping the buffer for reuse.</summary>
    public void Clear()
    {
        _length = 0;
        _pending = 0;
        _pendingBits = 0;
    }

    private void AppendByte(byte value)
    {
        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[_length++] = value;
    }
}
