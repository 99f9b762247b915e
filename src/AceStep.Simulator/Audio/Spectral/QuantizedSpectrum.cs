namespace AceStep.Simulator.Audio.Spectral;

/// <summary>
/// The quantized spectrum of one MDCT block (an MP3 granule, an AAC frame) and its global gain: each gain step
/// scales the whole block by 2^(1/4) (1.5 dB).
/// </summary>
internal sealed class QuantizedSpectrum(int lineCount)
{
    /// <summary>Quantized line values, each within the magnitude the codec's Huffman table can carry.</summary>
    public sbyte[] Lines { get; } = new sbyte[lineCount];

    public int GlobalGain { get; set; }

    public void Clear()
    {
        Array.Clear(Lines);
        GlobalGain = 0;
    }

    /// <summary>Keeps the larger magnitude when two sounds share a line.</summary>
    public void Add(int line, int value)
    {
        if (Math.Abs(value) > Math.Abs((int)Lines[line]))
        {
            Lines[line] = (sbyte)value;
        }
    }

    /// <summary>The highest line with a non-zero value, or -1.</summary>
    public int LastNonZeroLine()
    {
        var last = Lines.Length - 1;
        while (last >= 0 && Lines[last] == 0)
        {
            last--;
        }

        return last;
    }
}
