using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class SyllableCounterTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("love", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("little", 2)]
    [InlineData("agree", 2)]
    [InlineData("loved", 1)]
    [InlineData("wanted", 2)]
    [InlineData("makes", 1)]
    [InlineData("wishes", 2)]
    [InlineData("places", 2)]
    [InlineData("you", 1)]
    [InlineData("yeah", 1)]
    [InlineData("city", 2)]
    [InlineData("beautiful", 3)]
    [InlineData("tonight", 2)]
    [InlineData("believe", 2)]
    [InlineData("goodbye", 2)]
    [InlineData("we've", 1)]
    [InlineData("café", 2)]
    [InlineData("rhythm", 1)]
    [InlineData("piano", 3)]
    [InlineData("radio", 3)]
    [InlineData("nation", 2)]
    [InlineData("million", 2)]
    [InlineData("actual", 3)]
    [InlineData("quality", 3)]
    public void English_words_count_their_vowel_groups_less_silent_endings(string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(word));

    [Fact]
    public void A_line_counts_every_word() =>
        Assert.Equal(9, SyllableCounter.Count("Whispering your name into the rain."));

    [Theory]
    [InlineData("noche", "es", 2)]
    [InlineData("noche", "en", 1)]
    [InlineData("noche", "unknown", 1)]
    [InlineData("amore", "it", 3)]
    public void English_silent_endings_apply_only_to_english(string word, string language, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(word, language));

    [Theory]
    [InlineData("我爱你中国", 5)]
    [InlineData("你好，世界！", 4)]
    [InlineData("ありがとう", 5)]
    [InlineData("きょうは", 3)]
    [InlineData("ラーメン", 4)]
    [InlineData("君の名は。", 4)]
    [InlineData("사랑해요", 4)]
    [InlineData("사랑해 너를", 5)]
    [InlineData("поэт", 2)]
    [InlineData("Я люблю тебя", 5)]
    [InlineData("Ｈｅｌｌｏ", 2)]
    [InlineData("24/7", 3)]
    [InlineData("♪ ... ♪", 0)]
    public void Cjk_characters_and_hangul_blocks_count_one_and_other_scripts_by_their_vowels(string text, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(text));

    [Theory]
    [InlineData("ฉันรักเธอ", 3)]
    [InlineData("ขอบคุณ", 2)]
    [InlineData("สวัสดี", 3)]
    public void Thai_is_counted_to_within_a_syllable(string text, int syllables) =>
        Assert.InRange(SyllableCounter.Count(text), syllables - 1, syllables + 1);
}
