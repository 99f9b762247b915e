namespace AceStep.Video.Analysis;

/// <summary>
/// Where the spectrum bands sit on the FFT's bins: log-spaced from <see cref="LowestHz"/> to <see cref="HighestHz"/>, so
/// each octave gets about the same number of bars, as the ear hears it. Bands narrower than one bin (the lowest ones)
/// read the magnitude interpolated at their centre instead of sharing a bin as a staircase.
/// </summary>
internal sealed class BandLayout
{
    public const double LowestHz = 40;
    public const double HighestHz = 15000;
    private readonly int[] firstBin;
    private readonly int[] endBin;
    private readonly double[] centreBin;

    public BandLayout(int bandCount, int windowSize, int sampleRate)
    {
        var binHz = (double)sampleRate / windowSize;
        var ratio = Math.Pow(HighestHz / LowestHz, 1.0 / bandCount);
        firstBin = new int[bandCount];
        endBin = new int[bandCount];
        centreBin = new double[bandCount];
        CentreHz = new double[bandCount];
        for (var band = 0; band < bandCount; band++)
        {
            var low = LowestHz * Math.Pow(ratio, band);
            var high = low * ratio;
            CentreHz[band] = Math.Sqrt(low * high);
            centreBin[band] = CentreHz[band] / binHz;
            firstBin[band] = (int)Math.Ceiling(low / binHz);
            endBin[band] = Math.Min((int)Math.Ceiling(high / binHz), (windowSize / 2) + 1);
        }
    }

    public double[] CentreHz { get; }

    /// <summary>The band's magnitude: the loudest bin inside it, or the interpolated one when no bin falls inside.</summary>
    public double Read(int band, ReadOnlySpan<double> magnitudes)
    {
        if (endBin[band] > firstBin[band])
        {
            var loudest = 0.0;
            foreach (var magnitude in magnitudes[firstBin[band]..endBin[band]])
            {
                loudest = Math.Max(loudest, magnitude);
            }

            return loudest;
        }

        var position = centreBin[band];
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return (magnitudes[below] * (1 - fraction)) + (magnitudes[below + 1] * fraction);
    }
}
