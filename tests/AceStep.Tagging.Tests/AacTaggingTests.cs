using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

/// <summary>
/// Raw AAC (ADTS) has no tag format of its own; an ID3v2 tag before the first frame is what encoders, players and
/// ffmpeg use, so AAC gets the same tag as MP3.
/// </summary>
[Collection(SampleCollection.Name)]
public class AacTaggingTests(SampleFiles samples)
{
    [Fact]
    public async Task An_id3v2_4_tag_goes_before_the_unchanged_adts_frames()
    {
        var path = samples.CopyOf(samples.Aac);
        var original = File.ReadAllBytes(path);

        await AudioTagger.WriteAsync(path, TestSongs.Full());

        var tagged = File.ReadAllBytes(path);
        Assert.Equal(0, Id3TagLength.Of(original));
        Assert.Equal(original, tagged[Id3TagLength.Of(tagged)..]);
        Assert.Equal(0xFF, tagged[Id3TagLength.Of(tagged)]);
    }

    [Fact]
    public async Task TagLib_reads_the_tag_of_an_aac_file()
    {
        var path = samples.CopyOf(samples.Aac);
        var cover = await CoverImage.FromFileAsync(samples.JpegCover);

        await AudioTagger.WriteAsync(path, TestSongs.Full(cover));

        using var file = TagLibRead.Open(path);
        var tag = TagLibRead.Id3v2(file);
        Assert.Equal(4, tag.Version);
        Assert.Equal("月光 Neon", tag.Title);
        Assert.Equal("3141592653", TagLibRead.UserText(tag, "ACESTEP_SEED"));
        Assert.Equal("image/jpeg", Assert.Single(tag.Pictures).MimeType);
        Assert.Equal(48000, file.Properties.AudioSampleRate);
    }
}
