using AceStep.Lyrics.Estimation;
using AceStep.Lyrics.Tests.Synthetic;

namespace AceStep.Lyrics.Tests.Estimation;

public class LyricsEstimatorTests
{
    // At 120 BPM in 4/4 a bar lasts 2 s; an 8-syllable line takes 2 bars and is sung for 90% of them.
    private const string Song = "[Intro]\n\n[Verse]\nNeon rivers in the night\nEvery window holds a light\n\n[Guitar Solo]\n\n[Chorus]\nWe are the light\n\n[Outro]\n";

    [Fact]
    public void The_result_is_marked_estimated_and_says_so_first()
    {
        var result = LyricsEstimator.Estimate(Song, new SongTiming(Bpm: 120));

        Assert.True(result.Lyrics.IsEstimated);
        Assert.StartsWith("the timing is estimated from the lyrics' structure", result.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Intro_and_solo_tags_take_time_without_lyrics_and_lines_take_bars_by_their_syllables()
    {
        var result = LyricsEstimator.Estimate(Song, new SongTiming(Bpm: 120));

        // Intro 4 bars (8 s); two 7-syllable lines of 2 bars (4 s each); the solo 8 bars (16 s); a 4-syllable line of 1 bar.
        Assert.Equal(
            [("Neon rivers in the night", 8.0, 11.6), ("Every window holds a light", 12.0, 15.6), ("We are the light", 32.0, 33.8)],
            result.Lyrics.Lines.Select(line => (line.Text, Math.Round(line.Start, 3), Math.Round(line.End, 3))));
        Assert.Equal(42.0, result.DurationSeconds, 3);
    }

    [Fact]
    public void Words_share_their_line_by_syllables()
    {
        var line = LyricsEstimator.Estimate("Every window", new SongTiming(Bpm: 120)).Lyrics.Lines.Single();

        // "Every" has 3 syllables by the vowel rule, "window" 2: 3/5 and 2/5 of the 1.8 s sung.
        Assert.Equal([("Every", 4.0, 5.08), ("window", 5.08, 5.8)], line.Words.Select(word => (word.Text, Math.Round(word.Start, 3), Math.Round(word.End, 3))));
    }

    [Fact]
    public void A_known_duration_stretches_the_layout_to_fill_the_song()
    {
        var result = LyricsEstimator.Estimate(Song, new SongTiming(DurationSeconds: 84, Bpm: 120));

        Assert.Equal([16.0, 24.0, 64.0], result.Lyrics.Lines.Select(line => Math.Round(line.Start, 3)));
        Assert.Equal(84, result.DurationSeconds);
        Assert.Contains(result.Warnings, warning => warning.Contains("stretched 2x", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_tempo_is_assumed_and_an_unknown_length_is_said()
    {
        var result = LyricsEstimator.Estimate("[Verse]\nOne line to sing", new SongTiming());

        Assert.Equal(120, result.BpmUsed);
        Assert.Contains(result.Warnings, warning => warning.Contains("tempo is unknown: 120 BPM was assumed", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, warning => warning.Contains("length is unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_tempo_a_known_duration_still_places_the_lines_over_the_song()
    {
        var result = LyricsEstimator.Estimate(SongLyrics.English, new SongTiming(DurationSeconds: 180));

        Assert.Equal(48, result.Lyrics.Lines.Count);
        Assert.InRange(result.Lyrics.Lines[0].Start, 5, 20);
        Assert.InRange(result.Lyrics.Lines[^1].End, 150, 180);
    }

    [Fact]
    public void Untagged_lyrics_get_a_short_lead_in_and_a_rest_between_paragraphs()
    {
        var result = LyricsEstimator.Estimate("one two three four\n\nfive six seven eight", new SongTiming(Bpm: 120));

        Assert.Equal([4.0, 8.0], result.Lyrics.Lines.Select(line => Math.Round(line.Start, 3)));
    }

    [Fact]
    public void Chinese_characters_count_as_syllables_for_the_bars()
    {
        var result = LyricsEstimator.Estimate("[Verse]\n我们是光\n唱出心中最美的歌声\n", new SongTiming(Bpm: 120));

        // 4 characters fit one bar, 10 take two.
        Assert.Equal([(4.0, 5.8), (6.0, 9.6)], result.Lyrics.Lines.Select(line => (Math.Round(line.Start, 3), Math.Round(line.End, 3))));
        Assert.Equal(["我", "们", "是", "光"], result.Lyrics.Lines[0].Words.Select(word => word.Text));
    }

    [Fact]
    public void Three_beats_to_the_bar_make_shorter_bars()
    {
        var result = LyricsEstimator.Estimate("[Intro]\n\n[Verse]\nwaltz", SongTiming.FromMetadata(null, 120, "3/4"));

        Assert.Equal(6.0, result.Lyrics.Lines.Single().Start, 3);
    }

    [Fact]
    public void Lines_never_overlap_and_the_trailing_comma_is_dropped()
    {
        var result = LyricsEstimator.Estimate(SongLyrics.English, new SongTiming(DurationSeconds: 200, Bpm: 100));

        Assert.DoesNotContain(result.Lyrics.Lines, line => line.Text.EndsWith(',') || line.Text.EndsWith('.'));
        for (var i = 1; i < result.Lyrics.Lines.Count; i++)
        {
            Assert.True(result.Lyrics.Lines[i - 1].End <= result.Lyrics.Lines[i].Start);
        }
    }

    [Fact]
    public void Lyrics_with_nothing_to_sing_give_no_lines_and_say_so()
    {
        var result = LyricsEstimator.Estimate("[Instrumental]", new SongTiming(60, 120));

        Assert.Empty(result.Lyrics.Lines);
        Assert.True(result.Lyrics.IsEstimated);
        Assert.Contains(result.Warnings, warning => warning.Contains("no lines to sing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.0, 120.0, 4, "DurationSeconds")]
    [InlineData(60.0, 10.0, 4, "Bpm")]
    [InlineData(60.0, 120.0, 0, "BeatsPerBar")]
    public void Timing_that_cannot_describe_a_song_is_refused_by_name(double duration, double bpm, int beats, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LyricsEstimator.Estimate("la", new SongTiming(duration, bpm, beats)));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Estimate_options_out_of_range_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LyricsEstimator.Estimate("la", new SongTiming(), new EstimateOptions { SungShare = 0 }));

    [Theory]
    [InlineData("4/4", 4)]
    [InlineData("3/4", 3)]
    [InlineData("6/8", 6)]
    [InlineData("3", 3)]
    [InlineData("", 4)]
    [InlineData(null, 4)]
    [InlineData("waltz", 4)]
    public void The_time_signature_gives_the_beats_per_bar(string? signature, int beats) =>
        Assert.Equal(beats, SongTiming.FromMetadata(null, null, signature).BeatsPerBar);
}
