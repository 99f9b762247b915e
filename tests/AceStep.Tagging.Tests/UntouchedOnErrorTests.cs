using System.Runtime.Versioning;
using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

/// <summary>A file that cannot be tagged is left exactly as it was, with no temporary file beside it.</summary>
[Collection(SampleCollection.Name)]
public class UntouchedOnErrorTests(SampleFiles samples)
{
    [Theory]
    [InlineData("flac", "song.mp3", "not a valid MP3 file", "FLAC audio; rename it to .flac")]
    [InlineData("mp3", "song.flac", "not a valid FLAC file", "MPEG audio; rename it to .mp3")]
    [InlineData("wav16", "song.opus", "not a valid Ogg Opus file", "WAV audio; rename it to .wav")]
    [InlineData("opus", "song.wav", "not a valid WAV file", "Ogg Opus audio; rename it to .opus")]
    [InlineData("mp3", "song.aac", "not a valid AAC (ADTS) file", "MPEG audio; rename it to .mp3")]
    [InlineData("aac", "song.mp3", "not a valid MP3 file", "AAC audio in ADTS frames; rename it to .aac")]
    public async Task Content_that_is_not_what_the_extension_says_is_named_in_the_error(string content, string name, string problem, string actual)
    {
        var path = Rename(samples.CopyOf(samples.Audio(content)), name);

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains($"Cannot tag '{path}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains($"Its content looks like {actual}.", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("The file was left unchanged.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flac_behind_an_id3_tag_is_still_named_as_flac()
    {
        var path = Path.Combine(samples.NewFolder(), "song.mp3");
        var mp3 = File.ReadAllBytes(samples.Mp3);
        File.WriteAllBytes(path, [.. mp3[..Id3TagLength.Of(mp3)], .. File.ReadAllBytes(samples.Flac)]);

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains("no MP3 audio frame follows its ID3 tag", error.Message, StringComparison.Ordinal);
        Assert.Contains("Its content looks like FLAC audio; rename it to .flac.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_no_audio_at_all_are_refused()
    {
        var path = Path.Combine(samples.NewFolder(), "noise.mp3");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains("it does not start with an ID3 tag or an MP3 audio frame", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_ogg_page_near_the_end_stops_the_rewrite_half_way()
    {
        var path = samples.CopyOf(samples.Opus);
        var bytes = File.ReadAllBytes(path);
        bytes[^20] ^= 0x55;
        File.WriteAllBytes(path, bytes);

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains("is damaged (its checksum does not match).", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Its content looks like", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_wav_is_refused()
    {
        var path = samples.CopyOf(samples.WavFloat);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^1000]);

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains("its 'data' chunk claims", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flac_cut_inside_its_metadata_is_refused()
    {
        var path = samples.CopyOf(samples.Flac);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..60]);

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains("more than the file has left", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogg_vorbis_is_refused_with_the_reason()
    {
        var path = Path.Combine(samples.NewFolder(), "tone.ogg");
        Media.Generate(path, "libvorbis");

        var error = await AssertUntouchedAsync<InvalidDataException>(path);

        Assert.Contains("it holds Ogg Vorbis, not Opus; only Ogg Opus is supported. Its content looks like an Ogg file that is not Opus.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_extension_is_refused_with_the_supported_list()
    {
        var path = Rename(samples.CopyOf(samples.Mp3), "song.m4a");

        var error = await AssertUntouchedAsync<NotSupportedException>(path);

        Assert.Equal($"Cannot tag '{path}': tags can be written to .mp3, .aac, .flac, .opus, .ogg, .wav files only.", error.Message);
        Assert.False(AudioTagger.IsSupported(path));
        Assert.True(AudioTagger.IsSupported("SONG.MP3"));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_the_file_and_no_temporary_file()
    {
        var path = samples.CopyOf(samples.Flac);

        await AssertUntouchedAsync<OperationCanceledException>(path, new CancellationToken(canceled: true));
    }

    [Fact]
    public async Task A_missing_file_is_reported_and_nothing_is_created()
    {
        var folder = samples.NewFolder();

        await Assert.ThrowsAsync<FileNotFoundException>(() => AudioTagger.WriteAsync(Path.Combine(folder, "gone.mp3"), TestSongs.Full()));

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_tagged_file_keeps_its_permissions()
    {
        var path = samples.CopyOf(samples.Mp3);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
    }

    private static async Task<TException> AssertUntouchedAsync<TException>(string path, CancellationToken cancellationToken = default)
        where TException : Exception
    {
        var before = File.ReadAllBytes(path);
        var folder = Path.GetDirectoryName(path)!;

        var error = await Assert.ThrowsAnyAsync<TException>(() => AudioTagger.WriteAsync(path, TestSongs.Full(), cancellationToken));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
        return error;
    }

    private static string Rename(string path, string name)
    {
        var renamed = Path.Combine(Path.GetDirectoryName(path)!, name);
        File.Move(path, renamed);
        return renamed;
    }
}
