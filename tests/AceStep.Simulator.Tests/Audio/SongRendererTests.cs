using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.Audio;

/// <summary>
/// Every container, judged by decoding it with ffmpeg: the right codec, rate, channels and length, and audio in
/// which the requested key and tempo can be heard.
/// </summary>
public sealed class SongRendererTests
{
    public static readonly TheoryData<AudioContainer> Containers = new(Enum.GetValues<AudioContainer>());

    /// <summary>Specs as (duration, bpm, key, beats per bar, seed, tonic chord pitch classes).</summary>
    private static readonly (SongSpec Spec, int[] TonicChord)[] Songs =
    [
        (new SongSpec(7.5, 120, "A minor", 4, 1), [9, 0, 4]),
        (new SongSpec(8.3, 90, "F# minor", 3, 2), [6, 9, 1]),
        (new SongSpec(6.25, 150, "B♭ major", 4, 3), [10, 2, 5]),
        (new SongSpec(5.0, 200, "E major", 2, 4), [4, 8, 11]),
    ];

    public static TheoryData<AudioContainer, int> ContainersAndSongs()
    {
        var data = new TheoryData<AudioContainer, int>();
        foreach (var container in Enum.GetValues<AudioContainer>())
        {
            for (var song = 0; song < Songs.Length; song++)
            {
                data.Add(container, song);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContainersAndSongs))]
    public void Ffprobe_reports_the_codec_rate_channels_and_duration(AudioContainer container, int song)
    {
        var spec = Songs[song].Spec;
        using var file = RenderedFile.Create(spec, container);

        var probe = MediaTools.Probe(file.Path);

        Assert.Equal(ExpectedCodec(container), probe.CodecName);
        Assert.Equal(48_000, probe.SampleRate);
        Assert.Equal(2, probe.Channels);
        Assert.InRange(probe.DurationSeconds, spec.DurationSeconds - 0.1, spec.DurationSeconds + DurationTolerance(container));
    }

    [Theory]
    [MemberData(nameof(ContainersAndSongs))]
    public void Decoded_audio_is_never_silent(AudioContainer container, int song)
    {
        using var file = RenderedFile.Create(Songs[song].Spec, container);

        var audio = MediaTools.Decode(file.Path);

        Assert.True(audio.Rms() > 0.01, $"RMS {audio.Rms()} is too quiet.");
        for (double second = 0; second + 1 <= audio.DurationSeconds; second++)
        {
            Assert.True(audio.Rms(second, second + 1) > 0.005, $"Second {second} is nearly silent.");
        }

        Assert.True(audio.Samples.Max(Math.Abs) < 1.0f, "The decoded audio clips.");
    }

    [Theory]
    [MemberData(nameof(ContainersAndSongs))]
    public void The_beat_period_matches_the_tempo(AudioContainer container, int song)
    {
        var spec = Songs[song].Spec;
        using var file = RenderedFile.Create(spec, container);

        var period = TempoEstimator.BeatPeriodSeconds(MediaTools.Decode(file.Path));

        var expected = 60.0 / spec.Bpm;
        Assert.InRange(period, expected * 0.95, expected * 1.05);
    }

    [Theory]
    [MemberData(nameof(ContainersAndSongs))]
    public void The_first_bar_sounds_the_tonic_chord(AudioContainer container, int song)
    {
        var (spec, tonicChord) = Songs[song];
        using var file = RenderedFile.Create(spec, container);
        var barSeconds = 60.0 / spec.Bpm * spec.BeatsPerBar;

        var profile = PitchClassProfile.Measure(MediaTools.Decode(file.Path), 0.05, barSeconds);

        Assert.Equal(tonicChord.ToHashSet(), PitchClassProfile.Strongest(profile, 3));
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void The_same_spec_gives_the_same_bytes(AudioContainer container)
    {
        var spec = new SongSpec(3.3, 128, "G major", 4, 77);

        Assert.Equal(RenderedFile.Render(spec, container), RenderedFile.Render(spec, container));
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void A_different_seed_gives_different_bytes(AudioContainer container)
    {
        var spec = new SongSpec(6, 128, "G major", 4, 77);

        Assert.NotEqual(RenderedFile.Render(spec, container), RenderedFile.Render(spec with { Seed = 78 }, container));
    }

    [Theory]
    [InlineData(AudioContainer.Wav16)]
    [InlineData(AudioContainer.Wav32Float)]
    [InlineData(AudioContainer.Flac)]
    [InlineData(AudioContainer.Opus)]
    [InlineData(AudioContainer.Mp3)]
    public void The_decoded_sample_count_is_exact(AudioContainer container)
    {
        var spec = new SongSpec(2.345678, 100, "D minor", 4, 5);
        using var file = RenderedFile.Create(spec, container);

        var audio = MediaTools.Decode(file.Path);

        Assert.Equal((int)Math.Round(2.345678 * 48_000), audio.Samples.Length);
    }

    [Fact]
    public void FLAC_decodes_to_exactly_the_sixteen_bit_WAV_samples()
    {
        var spec = new SongSpec(4.1, 111, "C# minor", 4, 9);
        using var flac = RenderedFile.Create(spec, AudioContainer.Flac);
        using var wav = RenderedFile.Create(spec, AudioContainer.Wav16);

        Assert.Equal(MediaTools.Decode(wav.Path).Samples, MediaTools.Decode(flac.Path).Samples);
    }

    [Fact]
    public void A_zero_length_song_is_a_valid_empty_file()
    {
        using var wav = RenderedFile.Create(new SongSpec(0, 120, "C major", 4, 1), AudioContainer.Wav16);

        Assert.Equal(44, wav.Bytes.Length);
    }

    private static string ExpectedCodec(AudioContainer container) => container switch
    {
        AudioContainer.Mp3 => "mp3",
        AudioContainer.Wav16 => "pcm_s16le",
        AudioContainer.Wav32Float => "pcm_f32le",
        AudioContainer.Flac => "flac",
        AudioContainer.Opus => "opus",
        AudioContainer.Aac => "aac",
        _ => throw new ArgumentOutOfRangeException(nameof(container)),
    };

    /// <summary>
    /// Lossy formats round up to whole frames (AAC: 1024 samples); ffprobe counts every MP3 frame, including the
    /// 529-sample decoder delay the stream covers and its LAME tag tells decoders to trim.
    /// </summary>
    private static double DurationTolerance(AudioContainer container) => container switch
    {
        AudioContainer.Mp3 => 0.1 + ((1152 + 529) / 48_000.0),
        AudioContainer.Aac => 0.1 + (1024 / 48_000.0),
        _ => 0.1,
    };
}
