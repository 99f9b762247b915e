using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

/// <summary>What holds for every format the server saves: real files made by ffmpeg, read back by ffprobe.</summary>
[Collection(SampleCollection.Name)]
public class AllFormatsTests(SampleFiles samples)
{
    public static TheoryData<string> Kinds => ["mp3", "flac", "opus", "wav16", "wavfloat", "aac"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_decoded_audio_and_the_encoded_packets_are_unchanged(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));
        var decoded = Media.DecodedAudioHash(path);
        var packets = Media.PacketHash(path);

        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));

        Assert.Equal(decoded, Media.DecodedAudioHash(path));
        Assert.Equal(packets, Media.PacketHash(path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Ffprobe_reads_title_artist_album_genre_and_caption_with_chinese_intact(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        var tags = Media.Tags(path);
        Assert.Equal("月光 Neon", tags["title"]);
        Assert.Equal("ACE-Step 测试", tags["artist"]);
        Assert.Equal("Tagging Tests", tags["album"]);
        Assert.Equal("Synthwave", tags["genre"]);
        Assert.Equal("synthwave, dreamy female vocals, 80s drum machine, 中文", tags["comment"]);
    }

    [Theory]
    [InlineData("mp3")]
    [InlineData("flac")]
    [InlineData("opus")]
    [InlineData("aac")]
    public async Task Ffprobe_reads_bpm_key_lyrics_and_the_acestep_fields(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        var tags = Media.Tags(path);
        var isId3 = kind is "mp3" or "aac";
        Assert.Equal("120", tags[isId3 ? "TBPM" : "BPM"]);
        Assert.Equal("F#m", tags[isId3 ? "TKEY" : "KEY"]);
        Assert.Equal(TestSongs.Full().Lyrics, tags[isId3 ? "lyrics-XXX" : "UNSYNCEDLYRICS"]);
        Assert.Equal("3141592653", tags["ACESTEP_SEED"]);
        Assert.Equal("2f1c0a9e-7b1d-4c55-9e0f-1a2b3c4d5e6f", tags["ACESTEP_JOB_ID"]);
        Assert.Equal("acestep-v15-turbo", tags["ACESTEP_DIT_MODEL"]);
        Assert.Equal("acestep-5Hz-lm-1.7B", tags["ACESTEP_LM_MODEL"]);
        Assert.Equal("synthwave, dreamy female vocals, 80s drum machine, 中文", tags["ACESTEP_CAPTION"]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Tagging_again_replaces_the_tags_instead_of_adding_to_them(string kind)
    {
        var retagged = samples.CopyOf(samples.Audio(kind));
        var taggedOnce = samples.CopyOf(samples.Audio(kind));

        await AudioTagger.WriteAsync(retagged, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));
        await AudioTagger.WriteAsync(retagged, TestSongs.Minimal("Second take"));
        await AudioTagger.WriteAsync(taggedOnce, TestSongs.Minimal("Second take"));

        var tags = Media.Tags(retagged);
        Assert.Equal("Second take", tags["title"]);
        Assert.False(tags.ContainsKey("ACESTEP_SEED"));
        Assert.False(tags.ContainsKey("artist"));
        Assert.Equal(File.ReadAllBytes(taggedOnce), File.ReadAllBytes(retagged));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Writing_the_same_tags_twice_gives_the_same_bytes(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));
        var song = TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover));

        await AudioTagger.WriteAsync(path, song);
        var first = File.ReadAllBytes(path);
        await AudioTagger.WriteAsync(path, song);

        Assert.Equal(first, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("mp3")]
    [InlineData("flac")]
    [InlineData("opus")]
    public async Task Ffmpeg_extracts_a_large_cover_byte_for_byte(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));
        var cover = await CoverImage.FromFileAsync(samples.LargeCover);

        await AudioTagger.WriteAsync(path, TestSongs.Full(cover));

        Assert.True(cover.Data.Length > 5_000_000, "the large cover should be several megabytes");
        Assert.Equal(cover.Data.ToArray(), Media.ExtractCover(path));
        Assert.Equal(Media.DecodedAudioHash(samples.Audio(kind)), Media.DecodedAudioHash(path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Empty_tags_remove_the_old_ones_and_keep_the_audio(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));
        await AudioTagger.WriteAsync(path, TestSongs.Full());

        await AudioTagger.WriteAsync(path, new SongTags());

        var tags = Media.Tags(path);
        Assert.False(tags.ContainsKey("title"));
        Assert.False(tags.ContainsKey("ACESTEP_SEED"));
        Assert.Equal(Media.PacketHash(samples.Audio(kind)), Media.PacketHash(path));
    }
}
