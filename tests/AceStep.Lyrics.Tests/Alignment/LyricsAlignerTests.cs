using AceStep.Lyrics.Alignment;
using AceStep.Lyrics.Tests.Synthetic;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Alignment;

public class LyricsAlignerTests
{
    private static Transcript Heard(string language, params (string Text, double Start, double End)[] words) =>
        new([.. words.Select(word => new RecognizedWord(word.Text, word.Start, word.End))], [], language, "openai", "whisper-1");

    // Heard words one after another from a start time, each taking the given seconds.
    private static Transcript HeardInTurn(string language, double start, double each, params string[] words) =>
        Heard(language, [.. words.Select((word, index) => (word, start + (index * each), start + ((index + 1) * each)))]);

    private static List<(string Text, double Start, double End)> Lines(AlignmentResult result) =>
        [.. result.Lyrics.Lines.Select(line => (line.Text, Math.Round(line.Start, 3), Math.Round(line.End, 3)))];

    [Fact]
    public void Misheard_words_take_the_written_text_and_keep_the_heard_times()
    {
        var transcript = Heard("en", ("built", 1.0, 1.3), ("with", 1.3, 1.5), ("AC", 1.5, 1.8), ("step", 1.8, 2.2), ("open", 3.0, 3.4), ("sores", 3.4, 4.0));

        var result = LyricsAligner.Align(transcript, "[Verse]\nBuilt with ACE-Step,\nOpen source\n");

        Assert.False(result.UsedFallback);
        Assert.Equal([("Built with ACE-Step", 1.0, 2.2), ("Open source", 3.0, 4.0)], Lines(result));
        Assert.Equal(("ACE-Step", 1.5, 2.2), (result.Lyrics.Lines[0].Words[2].Text, result.Lyrics.Lines[0].Words[2].Start, result.Lyrics.Lines[0].Words[2].End));
        Assert.Equal(1.0, result.MatchRate, 3);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_word_heard_as_something_else_keeps_its_place_and_time_but_does_not_count_as_matched()
    {
        var transcript = HeardInTurn("en", 1.0, 0.4, "when", "the", "quiet", "finally", "eyes");

        var result = LyricsAligner.Align(transcript, "When the quiet finally arrives");

        Assert.Equal(("arrives", 2.6, 3.0), (result.Lyrics.Lines[0].Words[^1].Text, Math.Round(result.Lyrics.Lines[0].Words[^1].Start, 3), Math.Round(result.Lyrics.Lines[0].Words[^1].End, 3)));
        Assert.Equal(new AlignmentStatistics(5, 4, 1, 0, 0), result.Statistics);
    }

    [Fact]
    public void Case_punctuation_accents_and_width_do_not_stop_a_match()
    {
        var transcript = HeardInTurn("fr", 0.0, 0.5, "CAFE", "Ｎｏｉｒ", "dont", "stop");

        var result = LyricsAligner.Align(transcript, "Café noir, don't stop!");

        Assert.Equal(1.0, result.MatchRate, 3);
        Assert.Equal("Café noir, don't stop!", result.Lyrics.Lines.Single().Text);
    }

    [Fact]
    public void Missed_words_are_spread_between_their_neighbours_by_syllables()
    {
        // "beautiful" (3 syllables) and "day" (1) were not heard between "a" ending at 2.0 and "again" starting at 4.0.
        var transcript = Heard("en", ("what", 1.0, 1.5), ("a", 1.5, 2.0), ("again", 4.0, 4.5));

        var result = LyricsAligner.Align(transcript, "What a beautiful day again");

        var words = result.Lyrics.Lines.Single().Words;
        Assert.Equal([("beautiful", 2.0, 3.5), ("day", 3.5, 4.0)], words.Skip(2).Take(2).Select(word => (word.Text, word.Start, word.End)));
        Assert.Equal(2, result.Statistics.Interpolated);
    }

    [Fact]
    public void A_line_the_provider_missed_sits_in_the_silence_between_its_heard_neighbours_not_stretched_across_it()
    {
        var transcript = Heard("en", ("first", 1.0, 1.5), ("line", 1.5, 2.0), ("third", 30.0, 30.5), ("line", 30.5, 31.0));

        var result = LyricsAligner.Align(transcript, "First line\nSecond line\nThird line");

        var second = result.Lyrics.Lines[1];
        Assert.Equal("Second line", second.Text);
        Assert.InRange(second.Duration, 0.3, 2.0);
        Assert.InRange(second.Start, 2.0, 30.0 - second.Duration);
        Assert.Contains(result.Warnings, warning => warning.Contains("\"Second line\"", StringComparison.Ordinal) && warning.Contains("interpolated", StringComparison.Ordinal));
    }

    [Fact]
    public void The_unheard_end_of_a_line_stays_with_its_line_and_the_unheard_start_of_the_next_with_the_next()
    {
        var transcript = Heard("en", ("hold", 1.0, 1.4), ("on", 1.4, 1.8), ("calling", 20.0, 20.5), ("home", 20.5, 21.0));

        var result = LyricsAligner.Align(transcript, "Hold on tight\nKeep calling home");

        Assert.Equal("tight", result.Lyrics.Lines[0].Words[2].Text);
        Assert.InRange(result.Lyrics.Lines[0].End, 1.8, 3.0);
        Assert.InRange(result.Lyrics.Lines[1].Start, 19.0, 20.0);
    }

    [Fact]
    public void Unheard_words_before_the_first_heard_word_or_after_the_last_take_the_song_s_pace()
    {
        var transcript = HeardInTurn("en", 10.0, 0.5, "the", "middle", "part");

        var result = LyricsAligner.Align(transcript, "Here is the middle part of it", new AlignmentOptions { MinimumMatchRate = 0.3 });

        var words = result.Lyrics.Lines.Single().Words;
        Assert.Equal(["Here", "is"], words.Take(2).Select(word => word.Text));
        Assert.Equal(10.0, words[1].End, 3);
        Assert.True(words[0].Start is >= 8.5 and < 10.0, $"{words[0].Start}");
        Assert.Equal(11.5, words[^2].Start, 3);
    }

    [Fact]
    public void Heard_words_that_are_not_in_the_lyrics_are_left_out_and_counted()
    {
        var transcript = HeardInTurn("en", 0.0, 0.4, "yeah", "we", "are", "the", "light", "oh", "oh");

        var result = LyricsAligner.Align(transcript, "We are the light");

        Assert.Equal([("We are the light", 0.4, 2.0)], Lines(result));
        Assert.Equal(3, result.Statistics.ExtraHeard);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("3 heard word(s) are not in the lyrics", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_is_aligned_character_by_character_inside_the_provider_s_multi_character_words()
    {
        // Whisper heard 再 for 在 and 广 for 光, in words of two and three characters.
        var transcript = HeardInTurn("zh", 5.0, 0.6, "夜色", "里的", "霓虹", "再闪", "烁", "我们", "是广");

        var result = LyricsAligner.Align(transcript, "[Verse]\n夜色里的霓虹在闪烁，\n\n[Chorus]\n我们是光\n");

        Assert.Equal([("夜色里的霓虹在闪烁", 5.0, 8.0), ("我们是光", 8.0, 9.2)], Lines(result));
        Assert.Equal(["我", "们", "是", "光"], result.Lyrics.Lines[1].Words.Select(word => word.Text));
        Assert.Equal((8.9, 9.2), (Math.Round(result.Lyrics.Lines[1].Words[3].Start, 3), Math.Round(result.Lyrics.Lines[1].Words[3].End, 3)));
        Assert.Equal(new AlignmentStatistics(13, 11, 2, 0, 0), result.Statistics);
    }

    [Fact]
    public void Japanese_matches_across_hiragana_katakana_and_half_width_forms()
    {
        var transcript = HeardInTurn("ja", 1.0, 0.5, "キミノ", "ﾅﾏｴ", "は");

        var result = LyricsAligner.Align(transcript, "きみのなまえは。");

        Assert.Equal(1.0, result.MatchRate, 3);
        Assert.Equal([("きみのなまえは", 1.0, 2.5)], Lines(result));
    }

    [Fact]
    public void Korean_is_aligned_by_syllable_blocks_whatever_the_provider_s_spacing()
    {
        var transcript = HeardInTurn("ko", 2.0, 0.5, "사랑", "해너를", "영원히");

        var result = LyricsAligner.Align(transcript, "사랑해 너를 영원히");

        Assert.Equal(["사랑해", "너를", "영원히"], result.Lyrics.Lines.Single().Words.Select(word => word.Text));
        Assert.Equal(1.0, result.MatchRate, 3);
        Assert.Equal(2.0, result.Lyrics.Lines.Single().Start, 3);
    }

    [Fact]
    public void Thai_is_aligned_letter_by_letter()
    {
        var transcript = HeardInTurn("th", 1.0, 0.6, "ฉัน", "รัก", "เธอ", "ตลอดไป");

        var result = LyricsAligner.Align(transcript, "ฉันรักเธอ\nตลอดไป");

        Assert.Equal(["ฉันรักเธอ", "ตลอดไป"], result.Lyrics.Lines.Select(line => line.Text));
        Assert.Equal(1.0, result.MatchRate, 3);
        Assert.Equal(2.8, result.Lyrics.Lines[1].Start, 3);
    }

    [Fact]
    public void Lyrics_for_another_song_fall_back_to_the_transcription_and_say_why()
    {
        var transcript = HeardInTurn("en", 1.0, 0.4, "paper", "planes", "are", "drifting", "through", "the", "hall");

        var result = LyricsAligner.Align(transcript, "Neon rivers running in the night\nEvery window holds a light");

        Assert.True(result.UsedFallback);
        Assert.True(result.MatchRate < 0.4, $"{result.MatchRate}");
        Assert.Equal(["paper planes are drifting through the hall"], result.Lyrics.Lines.Select(line => line.Text));
        Assert.Contains("of the lyrics were heard", Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Contains("the lines are the provider's transcription", result.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_song_with_the_wrong_lyrics_matches_far_below_the_threshold()
    {
        var performance = new SyntheticSinger(new Random(7), new PerformanceOptions()).Sing(SongLyrics.English);

        var result = LyricsAligner.Align(performance.Heard, SongLyrics.Chinese + "\n" + "Golden fields beneath a quiet sky\nRivers learn the reason birds can fly\n");

        Assert.True(result.UsedFallback);
        Assert.True(result.MatchRate < 0.1, $"{result.MatchRate}");
    }

    [Fact]
    public void The_match_threshold_is_configurable()
    {
        var transcript = HeardInTurn("en", 1.0, 0.4, "we", "are", "the", "night");

        Assert.False(LyricsAligner.Align(transcript, "We are the light inside").UsedFallback);
        Assert.True(LyricsAligner.Align(transcript, "We are the light inside", new AlignmentOptions { MinimumMatchRate = 0.9 }).UsedFallback);
    }

    [Fact]
    public void Lyrics_with_nothing_to_sing_fall_back_with_a_warning()
    {
        var result = LyricsAligner.Align(HeardInTurn("en", 0, 0.5, "la", "la"), "[Intro]\n[Instrumental]\n[Outro]");

        Assert.True(result.UsedFallback);
        Assert.Equal(["la la"], result.Lyrics.Lines.Select(line => line.Text));
        Assert.Contains("no lines to sing", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_without_words_falls_back_to_nothing_with_a_warning()
    {
        var result = LyricsAligner.Align(Heard("en"), "We are the light");

        Assert.True(result.UsedFallback);
        Assert.Empty(result.Lyrics.Lines);
        Assert.Contains("heard no words", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alignment_larger_than_the_limit_falls_back_instead_of_using_the_memory()
    {
        var transcript = HeardInTurn("en", 0, 0.4, "we", "are", "the", "light");

        var result = LyricsAligner.Align(transcript, "We are the light", new AlignmentOptions { MaxAlignmentCells = 10 });

        Assert.True(result.UsedFallback);
        Assert.Contains("too many to align", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_lines_never_overlap_even_when_heard_words_do()
    {
        var transcript = Heard("en", ("one", 1.0, 2.5), ("two", 2.0, 2.4), ("three", 2.3, 3.0));

        var result = LyricsAligner.Align(transcript, "One\nTwo\nThree");

        for (var i = 1; i < result.Lyrics.Lines.Count; i++)
        {
            Assert.True(result.Lyrics.Lines[i - 1].End <= result.Lyrics.Lines[i].Start);
        }
    }

    [Fact]
    public void A_word_of_punctuation_alone_sits_at_the_end_of_the_word_before_it()
    {
        var result = LyricsAligner.Align(HeardInTurn("en", 1.0, 0.5, "I", "you"), "— I — you");

        var words = result.Lyrics.Lines.Single().Words;
        Assert.Equal([("—", 1.0, 1.0), ("I", 1.0, 1.5), ("—", 1.5, 1.5), ("you", 1.5, 2.0)], words.Select(word => (word.Text, word.Start, word.End)));
    }

    [Theory]
    [InlineData(-0.1, 0.6)]
    [InlineData(1.1, 0.6)]
    [InlineData(0.4, 0)]
    public void Options_out_of_range_are_refused(double minimumMatchRate, double wordMatchSimilarity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LyricsAligner.Align(Heard("en"), "x", new AlignmentOptions { MinimumMatchRate = minimumMatchRate, WordMatchSimilarity = wordMatchSimilarity }));
}
