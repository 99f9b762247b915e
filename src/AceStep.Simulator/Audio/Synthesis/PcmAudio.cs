namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>Interleaved floating-point PCM in [-1, 1].</summary>
internal sealed class PcmAudio
{
    public PcmAudio(int sampleRate, int channels, float[] interleaved)
    {
        SampleRate = sampleRate;
        Channels = channels;
        Interleaved = interleaved;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    /// <summary>Samples, channel by channel within each frame (L, R, L, R…).</summary>
    public float[] Interleaved { get; }

    /// <summary>Samples per channel.</summary>
    public int FrameCount => Interleaved.Length / Channels;

    /// <summary>The 16-bit value a float sample is stored as (round to nearest, clipped).</summary>
    public static short ToInt16(float sample) =>
        (short)Math.Clamp(Math.Round(sample * 32767.0, MidpointRounding.AwayFromZero), short.MinValue, short.MaxValue);
}
