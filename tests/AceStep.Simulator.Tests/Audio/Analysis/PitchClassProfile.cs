using System.Numerics;

namespace AceStep.Simulator.Tests.Audio.Analysis;

/// <summary>
/// Spectral energy folded onto the twelve pitch classes (0 = C): each FFT bin between 180 Hz and 8 kHz adds its
/// power to the pitch class of the nearest equal-tempered note. Kick drums sit below the range on purpose.
/// </summary>
internal static class PitchClassProfile
{
    private const int WindowSize = 8192;
    private const double LowestHertz = 180;
    private const double HighestHertz = 8000;

    public static double[] Measure(DecodedAudio audio, double fromSeconds, double toSeconds)
    {
        var profile = new double[12];
        var from = (int)(fromSeconds * audio.SampleRate);
        var to = Math.Min(audio.Samples.Length, (int)(toSeconds * audio.SampleRate));
        var end = Math.Min(audio.Samples.Length, Math.Max(to, from + WindowSize));
        var buffer = new Complex[WindowSize];
        for (var start = from; start + WindowSize <= end; start += WindowSize / 2)
        {
            for (var i = 0; i < WindowSize; i++)
            {
                var hann = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (WindowSize - 1)));
                buffer[i] = new Complex(audio.Samples[start + i] * hann, 0);
            }

            Fft.Transform(buffer);
            for (var bin = 1; bin < WindowSize / 2; bin++)
            {
                var hertz = bin * (double)audio.SampleRate / WindowSize;
                if (hertz < LowestHertz || hertz > HighestHertz)
                {
                    continue;
                }

                var midi = (int)Math.Round(69 + (12 * Math.Log2(hertz / 440.0)));
                profile[((midi % 12) + 12) % 12] += buffer[bin].Magnitude * buffer[bin].Magnitude;
            }
        }

        return profile;
    }

    /// <summary>The <paramref name="count"/> strongest pitch classes.</summary>
    public static IReadOnlySet<int> Strongest(double[] profile, int count) =>
        Enumerable.Range(0, 12).OrderByDescending(pc => profile[pc]).Take(count).ToHashSet();
}
