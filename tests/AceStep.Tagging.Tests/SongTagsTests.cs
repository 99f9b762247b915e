using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

[Collection(SampleCollection.Name)]
public class SongTagsTests(SampleFiles samples)
{
    [Fact]
    public async Task Without_plain_lyrics_the_timed_lines_give_the_unsynchronised_lyrics()
    {
        var path = samples.CopyOf(samples.Mp3);

        await AudioTagger.WriteAsync(path, new SongTags { TimedLyrics = TestSongs.Timed });

        Assert.Equal("月光洒在窗前\nNeon lights are calling\n我们一起唱", Media.Tags(path)["lyrics-XXX"]);
    }

    [Fact]
    public async Task A_zero_bpm_and_empty_strings_are_not_written()
    {
        var path = samples.CopyOf(samples.Flac);

        await AudioTagger.WriteAsync(path, new SongTags { Title = "t", Bpm = 0, Artist = string.Empty, JobId = string.Empty });

        var tags = Media.Tags(path);
        Assert.Equal("t", tags["TITLE"]);
        Assert.False(tags.ContainsKey("BPM"));
        Assert.False(tags.ContainsKey("ARTIST"));
        Assert.False(tags.ContainsKey("ACESTEP_JOB_ID"));
    }
}
