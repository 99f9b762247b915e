using AceStep.Client.Audio;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Audio;

public sealed class AudioDurationProbeTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Wav_duration_comes_from_the_data_chunk() =>
        AssertDuration(AudioSamples.Wav(1.5), AudioFormat.Wav, 1.5);

    [Fact]
    public void Flac_duration_comes_from_streaminfo() =>
        AssertDuration(AudioSamples.FlacHeader(44100 * 3), AudioFormat.Flac, 3.0);

    [Fact]
    public void Mp3_duration_is_counted_from_frames() =>
        AssertDuration(AudioSamples.Mp3(100), AudioFormat.Mp3, 100 * 1152 / 44100.0);

    [Fact]
    public void Aac_duration_is_counted_from_adts_frames() =>
        AssertDuration(AudioSamples.Adts(43), AudioFormat.Aac, 43 * 1024 / 44100.0);

    [Fact]
    public void Opus_duration_comes_from_the_last_granule_minus_preskip() =>
        AssertDuration(AudioSamples.OggOpus(48000 * 2 + 312), AudioFormat.Opus, 2.0);

    [Fact]
    public void Unknown_content_has_no_duration()
    {
        var path = _folder.Combine("x.bin");
        File.WriteAllBytes(path, [1, 2, 3]);

        Assert.Null(AudioDurationProbe.Probe(path, AudioFormat.Unknown));
    }

    public void Dispose() => _folder.Dispose();

    private void AssertDuration(byte[] bytes, AudioFormat format, double seconds)
    {
        var path = _folder.Combine(Path.GetRandomFileName());
        File.WriteAllBytes(path, bytes);

        var duration = AudioDurationProbe.Probe(path, format);

        Assert.NotNull(duration);
        Assert.Equal(seconds, duration.Value.TotalSeconds, precision: 3);
    }
}
