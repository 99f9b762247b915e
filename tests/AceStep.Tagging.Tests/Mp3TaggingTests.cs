using AceStep.Tagging.Tests.Support;
using TagLib.Id3v2;

namespace AceStep.Tagging.Tests;

[Collection(SampleCollection.Name)]
public class Mp3TaggingTests(SampleFiles samples)
{
    [Fact]
    public async Task TagLib_reads_an_id3v2_4_tag_with_every_frame()
    {
        var path = samples.CopyOf(samples.Mp3);
        var cover = await CoverImage.FromFileAsync(samples.SmallCover);

        await AudioTagger.WriteAsync(path, TestSongs.Full(cover));

        using var file = TagLibRead.Open(path);
        var tag = TagLibRead.Id3v2(file);
        Assert.Equal(4, tag.Version);
        Assert.Equal("月光 Neon", tag.Title);
        Assert.Equal(["ACE-Step 测试"], tag.Performers);
        Assert.Equal("Tagging Tests", tag.Album);
        Assert.Equal(["Synthwave"], tag.Genres);
        Assert.Equal(120u, tag.BeatsPerMinute);
        Assert.Equal("F#m", tag.InitialKey);
        Assert.Equal(TestSongs.Full().Lyrics, tag.Lyrics);
        Assert.Equal(TestSongs.Full().Caption, tag.Comment);
        Assert.Equal("3141592653", TagLibRead.UserText(tag, "ACESTEP_SEED"));
        Assert.Equal("2f1c0a9e-7b1d-4c55-9e0f-1a2b3c4d5e6f", TagLibRead.UserText(tag, "ACESTEP_JOB_ID"));
        Assert.Equal("acestep-v15-turbo", TagLibRead.UserText(tag, "ACESTEP_DIT_MODEL"));
        Assert.Equal("acestep-5Hz-lm-1.7B", TagLibRead.UserText(tag, "ACESTEP_LM_MODEL"));
        Assert.Equal(TestSongs.Full().Caption, TagLibRead.UserText(tag, "ACESTEP_CAPTION"));
        var picture = Assert.Single(tag.Pictures);
        Assert.Equal(TagLib.PictureType.FrontCover, picture.Type);
        Assert.Equal("image/png", picture.MimeType);
        Assert.Equal(cover.Data.ToArray(), picture.Data.Data);
    }

    [Fact]
    public async Task The_timed_lyrics_become_a_sylt_frame_in_milliseconds_that_clears_the_line_in_long_gaps()
    {
        var path = samples.CopyOf(samples.Mp3);

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        using var file = TagLibRead.Open(path);
        var frame = Assert.Single(TagLibRead.Id3v2(file).GetFrames<SynchronisedLyricsFrame>());
        Assert.Equal(TimestampFormat.AbsoluteMilliseconds, frame.Format);
        Assert.Equal(SynchedTextType.Lyrics, frame.Type);
        Assert.Equal(
            [(500L, "月光洒在窗前"), (1200L, "Neon lights are calling"), (1800L, ""), (4000L, "我们一起唱")],
            frame.Text.Take(4).Select(line => (line.Time, line.Text)));

        // TagLib# 2.3 stops reading one entry early when the last entry's text is empty, so the final "clear the
        // line at 5.5 s" entry is checked in the frame's bytes: an empty text (its NUL) and 5500 big-endian.
        var bytes = File.ReadAllBytes(path);
        var sylt = bytes.AsSpan().IndexOf("SYLT"u8);
        var size = (bytes[sylt + 4] << 21) | (bytes[sylt + 5] << 14) | (bytes[sylt + 6] << 7) | bytes[sylt + 7];
        var frameEnd = sylt + 10 + size;
        Assert.Equal(new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x15, 0x7C }, bytes[(frameEnd - 6)..frameEnd]);
    }

    [Fact]
    public async Task The_bytes_after_the_tag_are_the_original_audio_frames()
    {
        var path = samples.CopyOf(samples.Mp3);
        var original = File.ReadAllBytes(path);

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        var tagged = File.ReadAllBytes(path);
        Assert.Equal(original[Id3TagLength.Of(original)..], tagged[Id3TagLength.Of(tagged)..]);
        Assert.True(Id3TagLength.Of(tagged) > Id3TagLength.Of(original));
    }

    [Fact]
    public async Task Several_stacked_id3_tags_are_replaced_by_exactly_one()
    {
        var path = samples.CopyOf(samples.Mp3);
        var original = File.ReadAllBytes(path);
        var audio = original[Id3TagLength.Of(original)..];
        var stacked = original[..Id3TagLength.Of(original)];
        File.WriteAllBytes(path, [.. stacked, .. stacked, .. audio]);

        await AudioTagger.WriteAsync(path, TestSongs.Minimal("One tag"));

        var tagged = File.ReadAllBytes(path);
        Assert.Equal(audio, tagged[Id3TagLength.Of(tagged)..]);
        Assert.Equal("One tag", Media.Tags(path)["title"]);
    }

    [Fact]
    public async Task An_id3v1_tag_at_the_end_is_left_as_it_was()
    {
        var path = samples.CopyOf(samples.Mp3);
        var id3v1 = new byte[128];
        "TAG"u8.CopyTo(id3v1);
        "Old title"u8.CopyTo(id3v1.AsSpan(3));
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), .. id3v1]);

        await AudioTagger.WriteAsync(path, TestSongs.Minimal("New title"));

        Assert.Equal(id3v1, File.ReadAllBytes(path)[^128..]);
        Assert.Equal("New title", Media.Tags(path)["title"]);
    }
}
