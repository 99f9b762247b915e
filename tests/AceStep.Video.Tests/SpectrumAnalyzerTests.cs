using AceStep.Video.Analysis;

namespace AceStep.Video.Tests;

public sealed class SpectrumAnalyzerTests
{
    [Fact]
    public void A_sine_lights_the_band_around_its_frequency_most()
    {
        var analysis = Analyse(seconds: 2, sample => 0.5f * MathF.Sin(2 * MathF.PI * 1000 * sample / SpectrumAnalyzer.SampleRate));
        var layout = new BandLayout(AudioAnalysis.BandCount, SpectrumAnalyzer.WindowSize, SpectrumAnalyzer.SampleRate);
        var bands = analysis.Bands(30).ToArray();

        var loudest = Array.IndexOf(bands, bands.Max());

        Assert.InRange(layout.CentreHz[loudest], 900, 1100);
        Assert.True(bands[0] < bands[loudest] / 3, "the bass bands should stay low for a 1 kHz tone");
    }

    [Fact]
    public void The_frame_count_covers_the_audio_and_silence_gives_empty_bands()
    {
        var analysis = Analyse(seconds: 1.01, _ => 0);

        Assert.Equal(31, analysis.FrameCount);
        Assert.Equal(1.01, analysis.Duration.TotalSeconds, 3);
        Assert.All(analysis.Bands(10).ToArray(), value => Assert.Equal(0, value));
        Assert.Equal(0, analysis.Level(10));
    }

    [Fact]
    public void Bands_spread_logarithmically_from_40_hz_to_15_khz()
    {
        var layout = new BandLayout(AudioAnalysis.BandCount, SpectrumAnalyzer.WindowSize, SpectrumAnalyzer.SampleRate);

        Assert.InRange(layout.CentreHz[0], 40, 42);
        Assert.InRange(layout.CentreHz[^1], 14_500, 15_000);
        Assert.Equal(layout.CentreHz[1] / layout.CentreHz[0], layout.CentreHz[100] / layout.CentreHz[99], 6);
    }

    [Fact]
    public void A_kick_after_silence_lights_the_beat_pulse_which_then_fades()
    {
        var kickAt = SpectrumAnalyzer.SampleRate;
        var analysis = Analyse(seconds: 2, sample => sample >= kickAt
            ? 0.8f * MathF.Sin(2 * MathF.PI * 60 * sample / SpectrumAnalyzer.SampleRate) * MathF.Exp(-(sample - kickAt) / 4000f)
            : 0);

        var peak = Enumerable.Range(28, 8).Max(analysis.Pulse);

        Assert.Equal(0, analysis.Pulse(20));
        Assert.True(peak > 0.5f, $"pulse peaked at {peak}");
        Assert.True(analysis.Pulse(55) < peak / 2, "the pulse should fade within a second");
    }

    [Fact]
    public void Samples_pushed_in_odd_pieces_give_the_same_analysis_as_in_one()
    {
        var samples = Enumerable.Range(0, SpectrumAnalyzer.SampleRate).Select(i => MathF.Sin(i * 0.05f) * (i % 7 / 7f)).ToArray();
        var whole = new SpectrumAnalyzer(30);
        whole.Push(samples);
        var pieces = new SpectrumAnalyzer(30);
        for (var start = 0; start < samples.Length; start += 777)
        {
            pieces.Push(samples.AsSpan(start, Math.Min(777, samples.Length - start)));
        }

        var a = whole.Finish();
        var b = pieces.Finish();

        Assert.Equal(a.FrameCount, b.FrameCount);
        for (var frame = 0; frame < a.FrameCount; frame++)
        {
            Assert.Equal(a.Bands(frame).ToArray(), b.Bands(frame).ToArray());
        }
    }

    private static AudioAnalysis Analyse(double seconds, Func<int, float> sample)
    {
        var analyzer = new SpectrumAnalyzer(30);
        var samples = Enumerable.Range(0, (int)(seconds * SpectrumAnalyzer.SampleRate)).Select(sample).ToArray();
        analyzer.Push(samples);
        return analyzer.Finish();
    }
}
