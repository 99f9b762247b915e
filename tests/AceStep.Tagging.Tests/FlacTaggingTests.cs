using System.Text.RegularExpressions;
using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

[Collection(SampleCollection.Name)]
public class FlacTaggingTests(SampleFiles samples)
{
    [Fact]
    public async Task Metaflac_lists_streaminfo_unchanged_then_one_comment_block_and_one_picture()
    {
        var path = samples.CopyOf(samples.Flac);
        var streamInfo = StreamInfo(path);

        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));
        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));

        Assert.Equal(streamInfo, StreamInfo(path));
        var blockTypes = Regex.Matches(ExternalTool.RunChecked("metaflac", "--list", path).Text, @"^  type: \d+ \((\w+)\)", RegexOptions.Multiline)
            .Select(match => match.Groups[1].Value);
        Assert.Equal(["STREAMINFO", "SEEKTABLE", "VORBIS_COMMENT", "PICTURE"], blockTypes);
        ExternalTool.RunChecked("flac", "--test", "--silent", path);
    }

    [Fact]
    public async Task Metaflac_reads_each_vorbis_comment_field()
    {
        var path = samples.CopyOf(samples.Flac);

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        string Tag(string name) => ExternalTool.RunChecked("metaflac", $"--show-tag={name}", path).Text.TrimEnd('\n');
        Assert.Equal("TITLE=月光 Neon", Tag("TITLE"));
        Assert.Equal("BPM=120", Tag("BPM"));
        Assert.Equal("KEY=F#m", Tag("KEY"));
        Assert.Equal("INITIALKEY=F#m", Tag("INITIALKEY"));
        Assert.Equal("ACESTEP_SEED=3141592653", Tag("ACESTEP_SEED"));
        Assert.Equal("ACESTEP_LM_MODEL=acestep-5Hz-lm-1.7B", Tag("ACESTEP_LM_MODEL"));
        Assert.StartsWith("LYRICS=[00:00.50]月光洒在窗前\n[00:01.20]Neon lights are calling\n", Tag("LYRICS"), StringComparison.Ordinal);
        Assert.Equal("UNSYNCEDLYRICS=" + TestSongs.Full().Lyrics, Tag("UNSYNCEDLYRICS"));
    }

    [Fact]
    public async Task TagLib_reads_the_fields_and_the_picture_with_its_size_and_depth()
    {
        var path = samples.CopyOf(samples.Flac);
        var cover = await CoverImage.FromFileAsync(samples.SmallCover);

        await AudioTagger.WriteAsync(path, TestSongs.Full(cover));

        using var file = TagLibRead.Open(path);
        var xiph = TagLibRead.Xiph(file);
        Assert.Equal("月光 Neon", xiph.Title);
        Assert.Equal(["ACE-Step 测试"], xiph.Performers);
        Assert.Equal("Tagging Tests", xiph.Album);
        Assert.Equal(["Synthwave"], xiph.Genres);
        Assert.Equal(120u, xiph.BeatsPerMinute);
        Assert.Equal("F#m", xiph.InitialKey);
        Assert.Equal(TestSongs.Full().Caption, xiph.Comment);
        Assert.Equal(["acestep-v15-turbo"], xiph.GetField("ACESTEP_DIT_MODEL"));
        var picture = Assert.IsType<TagLib.Flac.Picture>(Assert.Single(file.Tag.Pictures));
        Assert.Equal(TagLib.PictureType.FrontCover, picture.Type);
        Assert.Equal("image/png", picture.MimeType);
        Assert.Equal((64, 48), (picture.Width, picture.Height));
        Assert.Equal(24, picture.ColorDepth);
        Assert.Equal(cover.Data.ToArray(), picture.Data.Data);
    }

    [Fact]
    public async Task Without_timed_lyrics_the_plain_lyrics_go_in_lyrics_alone()
    {
        var path = samples.CopyOf(samples.Flac);

        await AudioTagger.WriteAsync(path, new SongTags { Lyrics = "只有歌词\nno times" });

        var tags = Media.Tags(path);
        Assert.Equal("只有歌词\nno times", tags["LYRICS"]);
        Assert.False(tags.ContainsKey("UNSYNCEDLYRICS"));
    }

    private static string StreamInfo(string path) =>
        ExternalTool.RunChecked("metaflac", "--list", "--block-type=STREAMINFO", path).Text.Replace("is last: true", "is last: false", StringComparison.Ordinal);
}
