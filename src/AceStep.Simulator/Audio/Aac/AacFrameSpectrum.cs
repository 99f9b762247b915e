namespace AceStep.Simulator.Audio.Aac;

/// <summary>The quantized long-window spectrum of one AAC frame (1024 lines) and its global gain.</summary>
internal sealed class AacFrameSpectrum
{
    public const int LineCount = 1024;

    /// <summary>Quantized line values, each within ±<see cref="AacCodebook7.MaxMagnitude"/>.</summary>
    public sbyte[] Lines { get; } = new sbyte[LineCount];

    /// <summary>The frame's global_gain (every scalefactor equals it): each step scales by 2^(1/4), 100 is unity.</summary>
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
        int last = LineCount - 1;
        while (last >= 0 && Lines[last] == 0)
        {
            last--;
        }

        return last;
    }
}
