namespace AceStep.Video.Analysis;

/// <summary>
/// Turns mono samples, pushed as they are decoded, into an <see cref="AudioAnalysis"/>: a Hann-windowed FFT centred on
/// every video frame, read into log-spaced bands in decibels (tilted up towards the treble, where music carries less
/// energy, so the bars are lively across the width), smoothed across neighbouring bands and over time (quick to rise,
/// slow to fall). Only one window of samples is held, whatever the song's length.
/// </summary>
internal sealed class SpectrumAnalyzer
{
    public const int SampleRate = 32000;
    public const int WindowSize = 4096;
    private const double FloorDb = -72;
    private const double RangeDb = 60;
    private const double TiltDbPerOctave = 3;

    private readonly int framesPerSecond;
    private readonly BandLayout layout = new(AudioAnalysis.BandCount, WindowSize, SampleRate);
    private readonly float[] window = HannWindow(WindowSize);
    private readonly Fft fft = new(WindowSize);
    private readonly double[] tilt = new double[AudioAnalysis.BandCount];
    private readonly float[] history = new float[WindowSize * 2];
    private readonly float[] real = new float[WindowSize];
    private readonly float[] imaginary = new float[WindowSize];
    private readonly double[] magnitudes = new double[(WindowSize / 2) + 1];
    private readonly double[] raw = new double[AudioAnalysis.BandCount];
    private readonly SpectrumSmoother smoother;
    private readonly List<byte> bands = [];
    private readonly List<byte> levels = [];
    private readonly List<byte> pulses = [];
    private long historyStart;
    private int historyFilled;
    private long received;

    public SpectrumAnalyzer(int framesPerSecond)
    {
        this.framesPerSecond = framesPerSecond;
        smoother = new SpectrumSmoother(AudioAnalysis.BandCount, framesPerSecond);
        for (var band = 0; band < tilt.Length; band++)
        {
            tilt[band] = TiltDbPerOctave * Math.Log2(layout.CentreHz[band] / 1000);
        }
    }

    public void Push(ReadOnlySpan<float> samples)
    {
        while (!samples.IsEmpty)
        {
            DropSamplesBefore(WindowStart(levels.Count));
            var take = Math.Min(samples.Length, history.Length - historyFilled);
            samples[..take].CopyTo(history.AsSpan(historyFilled));
            historyFilled += take;
            received += take;
            samples = samples[take..];
            while (WindowStart(levels.Count) + WindowSize <= received)
            {
                AnalyseFrame(levels.Count);
            }
        }
    }

    /// <summary>Analyses the frames left (their windows padded with silence past the end) and returns the whole song.</summary>
    public AudioAnalysis Finish()
    {
        var duration = TimeSpan.FromSeconds((double)received / SampleRate);
        var frameCount = (int)Math.Ceiling(duration.TotalSeconds * framesPerSecond);
        while (levels.Count < frameCount)
        {
            AnalyseFrame(levels.Count);
        }

        return new AudioAnalysis(duration, framesPerSecond, [.. bands], [.. levels], [.. pulses]);
    }

    private long WindowStart(int frame) => (long)Math.Round((double)frame * SampleRate / framesPerSecond) - (WindowSize / 2);

    private void DropSamplesBefore(long position)
    {
        var drop = (int)Math.Clamp(position - historyStart, 0, historyFilled);
        if (drop == 0)
        {
            return;
        }

        history.AsSpan(drop, historyFilled - drop).CopyTo(history);
        historyFilled -= drop;
        historyStart += drop;
    }

    private void AnalyseFrame(int frame)
    {
        var start = WindowStart(frame);
        for (var i = 0; i < WindowSize; i++)
        {
            var index = start + i - historyStart;
            var sample = index >= 0 && index < historyFilled ? history[index] : 0f;
            real[i] = sample * window[i];
            imaginary[i] = 0;
        }

        fft.Forward(real, imaginary);
        // A full-scale sine gives a peak of N/4 through a Hann window; scaling by 4/N makes it 1 (0 dB).
        for (var bin = 0; bin < magnitudes.Length; bin++)
        {
            magnitudes[bin] = Math.Sqrt((real[bin] * real[bin]) + (imaginary[bin] * imaginary[bin])) * 4 / WindowSize;
        }

        for (var band = 0; band < raw.Length; band++)
        {
            var decibels = (20 * Math.Log10(layout.Read(band, magnitudes) + 1e-9)) + tilt[band];
            raw[band] = Math.Clamp((decibels - FloorDb) / RangeDb, 0, 1);
        }

        var frameValues = smoother.Next(raw);
        foreach (var value in frameValues.Bands)
        {
            bands.Add(ToByte(value));
        }

        levels.Add(ToByte(frameValues.Level));
        pulses.Add(ToByte(frameValues.Pulse));
    }

    private static float[] HannWindow(int size)
    {
        var window = new float[size];
        for (var i = 0; i < size; i++)
        {
            window[i] = (float)(0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (size - 1))));
        }

        return window;
    }

    private static byte ToByte(double value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255);
}
