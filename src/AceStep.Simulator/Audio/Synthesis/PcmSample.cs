namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>Conversions of floating-point samples in [-1, 1] to stored formats.</summary>
internal static class PcmSample
{
    /// <summary>The 16-bit value a float sample is stored as (round to nearest, clipped).</summary>
    public static short ToInt16(float sample) =>
        (short)Math.Clamp(Math.Round(sample * 32767.0, MidpointRounding.AwayFromZero), short.MinValue, short.MaxValue);
}
