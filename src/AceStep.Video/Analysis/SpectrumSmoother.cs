namespace AceStep.Video.Analysis;

/// <summary>
/// Smooths raw band values frame after frame: across neighbours (so no bar stands alone), then over time, rising
/// quickly and falling slowly as a VU meter does. It also follows the bass for a beat pulse: a jump of the bass above
/// its recent average lights the pulse, which then fades.
/// </summary>
internal sealed class SpectrumSmoother
{
    private const int BassBands = 20;
    private readonly double[] smoothed;
    private readonly double[] spread;
    private readonly double rise;
    private readonly double fall;
    private readonly double bassFollow;
    private readonly double pulseFade;
    private double bassAverage;
    private double pulse;

    public SpectrumSmoother(int bandCount, int framesPerSecond)
    {
        smoothed = new double[bandCount];
        spread = new double[bandCount];
        // The rates are tuned at 30 fps and scaled so that other frame rates move at the same speed per second.
        var perFrame = 30.0 / framesPerSecond;
        rise = 1 - Math.Pow(1 - 0.75, perFrame);
        fall = 1 - Math.Pow(1 - 0.2, perFrame);
        bassFollow = 1 - Math.Pow(1 - 0.08, perFrame);
        pulseFade = Math.Pow(0.86, perFrame);
    }

    public (double[] Bands, double Level, double Pulse) Next(double[] raw)
    {
        for (var band = 0; band < raw.Length; band++)
        {
            var left = raw[Math.Max(band - 1, 0)];
            var right = raw[Math.Min(band + 1, raw.Length - 1)];
            spread[band] = (0.2 * left) + (0.6 * raw[band]) + (0.2 * right);
        }

        var level = 0.0;
        for (var band = 0; band < smoothed.Length; band++)
        {
            var rate = spread[band] > smoothed[band] ? rise : fall;
            smoothed[band] += (spread[band] - smoothed[band]) * rate;
            level += smoothed[band];
        }

        var bass = 0.0;
        for (var band = 0; band < BassBands; band++)
        {
            bass += spread[band] / BassBands;
        }

        var jump = Math.Max(0, bass - bassAverage);
        bassAverage += (bass - bassAverage) * bassFollow;
        pulse = Math.Max(pulse * pulseFade, Math.Min(1, jump * 5));
        return (smoothed, level / smoothed.Length, pulse);
    }
}
