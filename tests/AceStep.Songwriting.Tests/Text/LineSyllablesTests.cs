using AceStep.Songwriting.Text;

namespace AceStep.Songwriting.Tests.Text;

public class LineSyllablesTests
{
    [Theory]
    [InlineData("walking through the empty streets", 7)]
    [InlineData("The kettle hums an empty tune", 8)]
    [InlineData("I set two cups out of habit", 8)]
    [InlineData("smiled loved wanted", 4)]
    [InlineData("makes boxes eyes", 4)]
    [InlineData("little table smile", 5)]
    [InlineData("piano radio nation", 8)]
    [InlineData("you're don't we'll", 3)]
    [InlineData("beautiful", 3)]
    public void English_words_count_their_sung_syllables(string text, int expected)
    {
        Assert.Equal(expected, LineSyllables.Count(text, englishRules: true));
    }

    [Fact]
    public void Without_english_rules_a_final_e_is_sung()
    {
        Assert.Equal(2, LineSyllables.Count("noche", englishRules: false));
        Assert.Equal(1, LineSyllables.Count("make", englishRules: true));
    }

    [Theory]
    [InlineData("月光洒在窗台上", 7)]
    [InlineData("我爱你!", 3)]
    [InlineData("君の声が聞こえる", 8)]
    [InlineData("きょう", 2)]
    [InlineData("창밖에 비가 내리고", 8)]
    [InlineData("THIS IS 我们的时刻", 7)]
    public void Chinese_japanese_and_korean_characters_count_one_each(string text, int expected)
    {
        Assert.Equal(expected, LineSyllables.Count(text, englishRules: true));
    }

    [Theory]
    [InlineData("Привет, как дела", 5)]
    [InlineData("Καλημέρα", 4)]
    public void Cyrillic_and_greek_count_vowel_groups(string text, int expected)
    {
        Assert.Equal(expected, LineSyllables.Count(text, englishRules: false));
    }

    [Theory]
    [InlineData("สวัสดีครับ")]
    [InlineData("مرحبا")]
    public void Scripts_it_cannot_judge_give_no_count(string text)
    {
        Assert.Null(LineSyllables.Count(text, englishRules: true));
    }

    [Fact]
    public void Punctuation_and_empty_text_count_nothing()
    {
        Assert.Equal(0, LineSyllables.Count("... — !", englishRules: true));
        Assert.Equal(0, LineSyllables.Count("", englishRules: true));
    }
}
