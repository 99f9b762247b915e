using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;
using NLayer;

namespace AceStep.Simulator.Tests.Audio;

/// <summary>The MP3 stream also decodes in-process with NLayer, a second, independent decoder.</summary>
public sealed class Mp3NLayerTests
{
    private static readonly SongSpec Spec = new(9.5, 132, "E minor", 4, 11);

    [Fact]
    public void NLayer_honours_the_info_frame_and_decodes_exactly_the_song_at_forty_eight_kilohertz_stereo()
    {
        var (samples, sampleRate, channels) = Decode(Spec);

        Assert.Equal(48_000, sampleRate);
        Assert.Equal(2, channels);
        Assert.Equal((long)Math.Round(Spec.DurationSeconds * 48_000), samples.Length / 2);
    }

    [Fact]
    public void NLayer_decodes_audible_music_in_the_key_and_tempo()
    {
        var (samples, _, _) = Decode(Spec);
        var mono = new float[samples.Length / 2];
        for (var i = 0; i < mono.Length; i++)
        {
            mono[i] = (samples[2 * i] + samples[(2 * i) + 1]) / 2;
        }

        var audio = new DecodedAudio(mono, 48_000);

        Assert.True(audio.Rms() > 0.01, $"RMS {audio.Rms()} is too quiet.");
        var period = TempoEstimator.BeatPeriodSeconds(audio);
        Assert.InRange(period, 60.0 / 132 * 0.95, 60.0 / 132 * 1.05);
        var profile = PitchClassProfile.Measure(audio, 0.05, 60.0 / 132 * 4);
        Assert.Equal(new HashSet<int> { 4, 7, 11 }, PitchClassProfile.Strongest(profile, 3));
    }

    private static (float[] Samples, int SampleRate, int Channels) Decode(SongSpec spec)
    {
        using var file = new MpegFile(new MemoryStream(RenderedFile.Render(spec, AudioContainer.Mp3)));
        var samples = new List<float>();
        var buffer = new float[4608];
        int read;
        while ((read = file.ReadSamples(buffer, 0, buffer.Length)) > 0)
        {
            samples.AddRange(buffer.AsSpan(0, read));
        }

        return (samples.ToArray(), file.SampleRate, file.Channels);
    }
}
