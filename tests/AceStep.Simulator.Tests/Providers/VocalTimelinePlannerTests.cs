using AceStep.Simulator.Providers.Vocals;

namespace AceStep.Simulator.Tests.Providers;

public sealed class VocalTimelinePlannerTests
{
    private const string Lyrics = """
        [Intro]

        [Verse 1]
        Morning light arrives, the open road is calling,
        Hold my hand tonight.

        [Instrumental]

        [Chorus]
        Sing it loud, sing it free!
        """;

    [Fact]
    public void Lines_are_sung_in_order_without_overlap_inside_the_song_with_tags_removed()
    {
        var timeline = VocalTimelinePlanner.Plan(Lyrics, 60, 120, "en");

        Assert.Equal(["Morning light arrives, the open road is calling,", "Hold my hand tonight.", "Sing it loud, sing it free!"], timeline.Lines.Select(line => line.Text));
        Assert.All(timeline.Lines.Zip(timeline.Lines.Skip(1)), pair => Assert.True(pair.First.End < pair.Second.Start));
        Assert.True(timeline.Lines[0].Start >= 8, "an [Intro] is four bars of 2 s before the first line");
        Assert.True(timeline.Lines[^1].End <= 60 - 2, "the singing ends a bar before the song");
        Assert.Equal(("en", 60.0), (timeline.Language, timeline.Duration));
    }

    [Fact]
    public void An_instrumental_tag_leaves_a_longer_gap_than_a_line_break()
    {
        var timeline = VocalTimelinePlanner.Plan(Lyrics, 60, 120, "en");

        var withinVerse = timeline.Lines[1].Start - timeline.Lines[0].End;
        var acrossInstrumental = timeline.Lines[2].Start - timeline.Lines[1].End;
        Assert.True(acrossInstrumental > 3 * withinVerse, $"{acrossInstrumental} vs {withinVerse}");
    }

    [Fact]
    public void Words_follow_each_other_inside_their_line_and_longer_words_last_longer()
    {
        var line = VocalTimelinePlanner.Plan("Sing a melody", 30, 90, "en").Lines.Single();

        Assert.Equal(["Sing", "a", "melody"], line.Words.Select(word => word.Text));
        Assert.All(line.Words.Zip(line.Words.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal(line.Start, line.Words[0].Start);
        Assert.True(line.Words[2].End - line.Words[2].Start > 2.5 * (line.Words[1].End - line.Words[1].Start));
    }

    [Fact]
    public void Chinese_is_sung_one_character_per_word_with_punctuation_kept_on_its_character()
    {
        var line = VocalTimelinePlanner.Plan("我们一起唱歌，", 30, 100, "zh").Lines.Single();

        Assert.Equal(["我", "们", "一", "起", "唱", "歌，"], line.Words.Select(word => word.Text));
        Assert.Equal(line.Words[0].End - line.Words[0].Start, line.Words[5].End - line.Words[5].Start, 3);
    }

    [Fact]
    public void Too_many_lyrics_for_a_short_song_are_squeezed_into_it()
    {
        var lyrics = string.Join('\n', Enumerable.Repeat("This line has quite a lot of syllables in it to sing", 30));

        var timeline = VocalTimelinePlanner.Plan(lyrics, 30, 120, "en");

        Assert.Equal(30, timeline.Lines.Count);
        Assert.True(timeline.Lines[^1].End <= 28);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[Instrumental]")]
    [InlineData("[Intro]\n\n[Outro]\n")]
    public void An_instrumental_has_no_lines(string lyrics)
    {
        Assert.Empty(VocalTimelinePlanner.Plan(lyrics, 30, 120, "en").Lines);
    }

    [Fact]
    public void The_same_song_gets_the_same_timeline()
    {
        Assert.Equal(
            VocalTimelinePlanner.Plan(Lyrics, 45, 100, "en").Words.Select(word => (word.Text, word.Start, word.End)),
            VocalTimelinePlanner.Plan(Lyrics, 45, 100, "en").Words.Select(word => (word.Text, word.Start, word.End)));
    }
}
