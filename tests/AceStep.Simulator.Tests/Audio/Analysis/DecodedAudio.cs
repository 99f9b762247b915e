namespace AceStep.Simulator.Tests.Audio.Analysis;

/// <summary>Decoded audio mixed down to mono, as the analysis helpers consume it.</summary>
internal sealed record DecodedAudio(float[] Samples, int SampleRate)
{
    public double DurationSeconds => Samples.Length / (double)SampleRate;

    public double Rms(double fromSeconds = 0, double toSeconds = double.MaxValue)
    {
        var from = (int)Math.Clamp(fromSeconds * SampleRate, 0, Samples.Length);
        var to = (int)Math.Clamp(toSeconds * SampleRate, from, Samples.Length);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += Samples[i] * (double)Samples[i];
        }

        return to > from ? Math.Sqrt(sum / (to - from)) : 0;
    }
}
