using AceStep.Lyrics.Lines;
using AceStep.Lyrics.Text;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Lines;

public class LineBuilderTests
{
    // Words one after another, 0.3 s each with 0.05 s between, except where a pause is given before a word ("|2.0|word").
    private static List<RecognizedWord> Sung(string words)
    {
        var result = new List<RecognizedWord>();
        var time = 1.0;
        foreach (var item in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('|');
            if (parts.Length == 3)
            {
                time += double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            }

            result.Add(new RecognizedWord(parts[^1], time, time + 0.3));
            time += 0.35;
        }

        return result;
    }

    private static List<string> Texts(TimedLyrics lyrics) => [.. lyrics.Lines.Select(line => line.Text)];

    [Fact]
    public void Without_punctuation_or_segments_a_pause_of_the_gap_threshold_ends_a_line()
    {
        var words = Sung("hold on the morning never waits |1.5|hear the city |1.4|calling through the gates");

        var lyrics = LineBuilder.Build(words, []);

        Assert.Equal(["hold on the morning never waits", "hear the city calling through the gates"], Texts(lyrics));
    }

    [Fact]
    public void The_gap_threshold_is_configurable()
    {
        var words = Sung("hear the city |0.8|calling through the gates");

        Assert.Equal(["hear the city", "calling through the gates"], Texts(LineBuilder.Build(words, [], new LineBreakOptions { GapSeconds = 0.8 })));
        Assert.Single(LineBuilder.Build(words, []).Lines);
    }

    [Fact]
    public void Punctuation_ends_lines_and_a_trailing_comma_or_full_stop_is_dropped_from_the_line_and_its_last_word()
    {
        var words = Sung("Hello, how are you? I am fine. Thank you!");

        var lyrics = LineBuilder.Build(words, []);

        Assert.Equal(["Hello", "how are you?", "I am fine", "Thank you!"], Texts(lyrics));
        Assert.Equal("Hello", lyrics.Lines[0].Words.Single().Text);
        Assert.Equal("fine", lyrics.Lines[2].Words[^1].Text);
    }

    [Fact]
    public void Commas_can_be_left_inside_lines()
    {
        var lyrics = LineBuilder.Build(Sung("Hello, how are you?"), [], new LineBreakOptions { BreakOnCommas = false });

        Assert.Equal(["Hello, how are you?"], Texts(lyrics));
    }

    [Fact]
    public void A_provider_word_that_is_only_punctuation_ends_the_line_and_is_not_shown()
    {
        var words = Sung("我们是光 ， 照亮每一个梦 。 唱出心中最美的歌声");

        var lyrics = LineBuilder.Build(words, []);

        Assert.Equal(["我们是光", "照亮每一个梦", "唱出心中最美的歌声"], Texts(lyrics));
        Assert.DoesNotContain(lyrics.Lines.SelectMany(line => line.Words), word => LyricPunctuation.IsPunctuationOnly(word.Text));
    }

    [Fact]
    public void Whisper_segments_end_lines_when_the_words_carry_no_punctuation()
    {
        var words = Sung("neon rivers running through the night every window holds a borrowed light");
        var segments = new List<RecognizedSegment> { new("Neon rivers running through the night.", words[0].Start, words[5].End), new("Every window holds a borrowed light.", words[6].Start, words[^1].End) };

        Assert.Equal(["neon rivers running through the night", "every window holds a borrowed light"], Texts(LineBuilder.Build(words, segments)));
        Assert.Single(LineBuilder.Build(words, segments, new LineBreakOptions { UseSegments = false, MaxColumns = 80, MaxSyllables = 30 }).Lines);
    }

    [Fact]
    public void A_phrase_too_wide_for_the_screen_is_split_evenly_at_its_longest_pause()
    {
        var words = Sung("we are the light inside the machine |0.4|brighter than anything we have ever seen");

        var lyrics = LineBuilder.Build(words, []);

        Assert.Equal(["we are the light inside the machine", "brighter than anything we have ever seen"], Texts(lyrics));
        Assert.All(lyrics.Lines, line => Assert.True(DisplayWidth.Of(line.Text) <= 42));
    }

    [Fact]
    public void A_long_run_without_pauses_becomes_lines_of_similar_length_within_the_limits()
    {
        var words = Sung(string.Join(' ', Enumerable.Repeat("every heart is wide awake and singing", 6)));

        var lyrics = LineBuilder.Build(words, [], new LineBreakOptions { MaxColumns = 30, MaxSyllables = 40 });

        var widths = lyrics.Lines.Select(line => DisplayWidth.Of(line.Text)).ToList();
        Assert.All(widths, width => Assert.InRange(width, 20, 30));
        Assert.Equal(words.Count, lyrics.Lines.Sum(line => line.Words.Count));
    }

    [Fact]
    public void Chinese_is_joined_without_spaces_and_split_by_syllables()
    {
        var words = Sung("我们 是 光 照亮 每一个 梦 唱出 心中 最美的 歌声 不怕 黑夜 有多么 漫长");

        var lyrics = LineBuilder.Build(words, [], new LineBreakOptions { MaxSyllables = 12 });

        Assert.Equal("我们是光照亮每一个梦唱出心中最美的歌声不怕黑夜有多么漫长", string.Concat(Texts(lyrics)));
        Assert.All(lyrics.Lines, line => Assert.True(SyllableCounter.Count(line.Text) <= 12, line.Text));
        Assert.True(lyrics.Lines.Count >= 3);
    }

    [Fact]
    public void Chinese_lines_are_measured_in_double_width_columns()
    {
        var words = Sung("我们 是 光 照亮 每一个 梦 唱出 心中 最美的 歌声");

        var lyrics = LineBuilder.Build(words, [], new LineBreakOptions { MaxColumns = 20, MaxSyllables = 40 });

        Assert.All(lyrics.Lines, line => Assert.True(DisplayWidth.Of(line.Text) <= 20, line.Text));
        Assert.Equal(2, lyrics.Lines.Count);
    }

    [Fact]
    public void Japanese_joins_without_spaces_and_breaks_at_its_full_stop()
    {
        var lyrics = LineBuilder.Build(Sung("君の 名は。 夢の 中で 会いましょう"), []);

        Assert.Equal(["君の名は", "夢の中で会いましょう"], Texts(lyrics));
    }

    [Fact]
    public void Korean_keeps_its_spaces()
    {
        var lyrics = LineBuilder.Build(Sung("사랑해 너를 |2.0|영원히 함께"), []);

        Assert.Equal(["사랑해 너를", "영원히 함께"], Texts(lyrics));
    }

    [Fact]
    public void Thai_joins_without_spaces()
    {
        var lyrics = LineBuilder.Build(Sung("ฉัน รัก เธอ |2.0|ตลอด ไป"), []);

        Assert.Equal(["ฉันรักเธอ", "ตลอดไป"], Texts(lyrics));
    }

    [Fact]
    public void A_line_ends_with_its_last_word_and_never_runs_into_the_next()
    {
        var words = new List<RecognizedWord> { new("one.", 1.0, 1.6), new("two", 1.5, 2.0), new("three.", 2.0, 2.5), new("four", 4.0, 4.4) };

        var lyrics = LineBuilder.Build(words, []);

        Assert.Equal([(1.0, 1.5), (1.5, 2.5), (4.0, 4.4)], lyrics.Lines.Select(line => (line.Start, line.End)));
        Assert.All(lyrics.Lines, line => Assert.All(line.Words, word => Assert.InRange(word.End, line.Start, line.End)));
    }

    [Fact]
    public void Words_are_taken_in_time_order_trimmed_and_without_empty_ones()
    {
        var words = new List<RecognizedWord> { new(" world", 2.0, 2.4), new(" hello", 1.0, 1.4), new("  ", 1.5, 1.6) };

        var lyrics = LineBuilder.Build(words, []);

        Assert.Equal(["hello world"], Texts(lyrics));
    }

    [Fact]
    public void No_words_make_no_lines() =>
        Assert.Empty(LineBuilder.Build([], []).Lines);

    [Theory]
    [InlineData(0, 42, 16, "GapSeconds")]
    [InlineData(1.5, 4, 16, "MaxColumns")]
    [InlineData(1.5, 42, 1, "MaxSyllables")]
    public void Options_that_cannot_make_lines_are_refused_by_name(double gap, int columns, int syllables, string name)
    {
        var options = new LineBreakOptions { GapSeconds = gap, MaxColumns = columns, MaxSyllables = syllables };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LineBuilder.Build([new RecognizedWord("a", 0, 1)], [], options));

        Assert.Equal(name, error.ParamName);
    }
}
