using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class LyricPunctuationTests
{
    [Theory]
    [InlineData("night.", true, true)]
    [InlineData("why?", true, true)]
    [InlineData("go!\"", true, true)]
    [InlineData("世界。", true, true)]
    [InlineData("好吗？", true, true)]
    [InlineData("「はい」。", true, true)]
    [InlineData("night,", true, true)]
    [InlineData("night,", false, false)]
    [InlineData("你好，", true, true)]
    [InlineData("君、", true, true)]
    [InlineData("night", true, false)]
    [InlineData("Mr", true, false)]
    public void A_sentence_end_or_comma_ends_a_phrase(string word, bool commasEndPhrases, bool expected) =>
        Assert.Equal(expected, LyricPunctuation.EndsPhrase(word, commasEndPhrases));

    [Theory]
    [InlineData("in the night,", "in the night")]
    [InlineData("in the night.", "in the night")]
    [InlineData("Wait...", "Wait")]
    [InlineData("why?", "why?")]
    [InlineData("wide awake!", "wide awake!")]
    [InlineData("雨水落在肩膀上。", "雨水落在肩膀上")]
    [InlineData("我们是光，", "我们是光")]
    public void A_line_drops_its_trailing_commas_and_full_stops_but_keeps_questions_and_exclamations(string line, string expected) =>
        Assert.Equal(expected, LyricPunctuation.TrimLineEnd(line));

    [Theory]
    [InlineData(",", true)]
    [InlineData("…", true)]
    [InlineData("。", true)]
    [InlineData("a", false)]
    [InlineData("7", false)]
    public void A_word_without_letters_or_digits_is_only_punctuation(string word, bool expected) =>
        Assert.Equal(expected, LyricPunctuation.IsPunctuationOnly(word));
}
