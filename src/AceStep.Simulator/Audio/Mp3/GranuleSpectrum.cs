namespace AceStep.Simulator.Audio.Mp3;

/// <summary>The quantized spectrum of one Layer III granule (576 long-block lines) and its global gain.</summary>
internal sealed class GranuleSpectrum
{
    public const int LineCount = 576;

    /// <summary>Quantized line values, each within ±<see cref="HuffmanTable5.MaxMagnitude"/>.</summary>
    public sbyte[] Lines { get; } = new sbyte[LineCount];

    /// <summary>The granule's global_gain: each step scales the whole granule by 2^(1/4) (1.5 dB).</summary>
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
}
