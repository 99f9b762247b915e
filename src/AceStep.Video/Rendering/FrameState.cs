namespace AceStep.Video.Rendering;

/// <summary>What one frame shows of the song: its time, the hue of the moment, the level, the beat pulse and the spectrum bands (0–255).</summary>
internal readonly ref struct FrameState(int frame, double seconds, float hue, float level, float pulse, ReadOnlySpan<byte> bands)
{
    public int Frame { get; } = frame;

    public double Seconds { get; } = seconds;

    public float Hue { get; } = hue;

    public float Level { get; } = level;

    public float Pulse { get; } = pulse;

    public ReadOnlySpan<byte> Bands { get; } = bands;
}
