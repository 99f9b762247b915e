namespace AceStep.Video.Analysis;

/// <summary>
/// The song measured once before drawing: for every video frame, <see cref="BandCount"/> spectrum bands, the overall
/// level and a beat pulse, each kept as one byte (130 bytes a frame: 0.7 MB for three minutes at 30 fps).
/// </summary>
internal sealed class AudioAnalysis
{
    public const int BandCount = 128;
    private readonly byte[] bands;
    private readonly byte[] levels;
    private readonly byte[] pulses;

    public AudioAnalysis(TimeSpan duration, int framesPerSecond, byte[] bands, byte[] levels, byte[] pulses)
    {
        Duration = duration;
        FramesPerSecond = framesPerSecond;
        FrameCount = levels.Length;
        this.bands = bands;
        this.levels = levels;
        this.pulses = pulses;
    }

    public TimeSpan Duration { get; }

    public int FramesPerSecond { get; }

    public int FrameCount { get; }

    /// <summary>The band heights of <paramref name="frame"/>, 0 to 255, lowest frequency first (all zero past the end).</summary>
    public ReadOnlySpan<byte> Bands(int frame) =>
        frame >= 0 && frame < FrameCount ? bands.AsSpan(frame * BandCount, BandCount) : new byte[BandCount];

    /// <summary>The mean band height of <paramref name="frame"/>, 0 to 1.</summary>
    public float Level(int frame) => frame >= 0 && frame < FrameCount ? levels[frame] / 255f : 0;

    /// <summary>How strongly a beat (a rise in the bass) is felt at <paramref name="frame"/>, 0 to 1, decaying after each.</summary>
    public float Pulse(int frame) => frame >= 0 && frame < FrameCount ? pulses[frame] / 255f : 0;
}
