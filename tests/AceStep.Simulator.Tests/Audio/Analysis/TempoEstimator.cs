namespace AceStep.Simulator.Tests.Audio.Analysis;

/// <summary>
/// Estimates the beat period from the onset envelope: energies of overlapping 21 ms windows, their half-wave rectified rise, and the
/// autocorrelation of that. The beat is the shortest lag whose autocorrelation peak reaches half the strongest
/// (accented downbeats make the bar lag compete with the beat lag).
/// </summary>
internal static class TempoEstimator
{
    private const int Hop = 256;
    private const int Window = 1024;

    public static double BeatPeriodSeconds(DecodedAudio audio, double minPeriodSeconds = 0.18, double maxPeriodSeconds = 2.2)
    {
        var frames = Math.Max(0, (audio.Samples.Length - Window) / Hop);
        var energy = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            double sum = 0;
            for (var i = f * Hop; i < (f * Hop) + Window; i++)
            {
                sum += audio.Samples[i] * (double)audio.Samples[i];
            }

            energy[f] = Math.Log(1e-9 + sum);
        }

        var onset = new double[frames];
        for (var f = 1; f < frames; f++)
        {
            onset[f] = Math.Max(0, energy[f] - energy[f - 1]);
        }

        var mean = onset.Average();
        for (var f = 0; f < frames; f++)
        {
            onset[f] -= mean;
        }

        var framesPerSecond = audio.SampleRate / (double)Hop;
        var minLag = (int)(minPeriodSeconds * framesPerSecond);
        var maxLag = Math.Min(frames - 1, (int)(maxPeriodSeconds * framesPerSecond));
        var correlation = new double[maxLag + 2];
        for (var lag = minLag - 1; lag <= maxLag + 1 && lag < frames; lag++)
        {
            double sum = 0;
            for (var f = 0; f + lag < frames; f++)
            {
                sum += onset[f] * onset[f + lag];
            }

            correlation[lag] = sum / (frames - lag);
        }

        var strongest = correlation[minLag..(maxLag + 1)].Max();
        for (var lag = minLag; lag <= maxLag; lag++)
        {
            var isPeak = correlation[lag] >= correlation[lag - 1] && correlation[lag] >= correlation[lag + 1];
            if (isPeak && correlation[lag] >= strongest * 0.5)
            {
                return Refine(correlation, lag) / framesPerSecond;
            }
        }

        throw new InvalidOperationException("No beat period found.");
    }

    /// <summary>Parabolic interpolation around the peak for sub-frame precision.</summary>
    private static double Refine(double[] c, int lag)
    {
        var denominator = c[lag - 1] - (2 * c[lag]) + c[lag + 1];
        return denominator == 0 ? lag : lag + (0.5 * (c[lag - 1] - c[lag + 1]) / denominator);
    }
}
