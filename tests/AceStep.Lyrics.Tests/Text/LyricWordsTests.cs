using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class LyricWordsTests
{
    [Theory]
    [InlineData("Built with ACE-Step", new[] { "Built", "with", "ACE-Step" })]
    [InlineData("你好，世界", new[] { "你", "好，", "世", "界" })]
    [InlineData("「君の名は」", new[] { "「君", "の", "名", "は」" })]
    [InlineData("我爱你 baby", new[] { "我", "爱", "你", "baby" })]
    [InlineData("我爱you", new[] { "我", "爱", "you" })]
    [InlineData("사랑해 너를", new[] { "사랑해", "너를" })]
    [InlineData("ฉันรักเธอ มาก", new[] { "ฉันรักเธอ", "มาก" })]
    [InlineData("2024年", new[] { "2024", "年" })]
    [InlineData("I — you", new[] { "I", "—", "you" })]
    public void Spaced_words_stay_whole_and_cjk_splits_into_characters_with_their_punctuation(string line, string[] expected) =>
        Assert.Equal(expected, LyricWords.Split(line));

    [Theory]
    [InlineData("Built with ACE-Step")]
    [InlineData("你好，世界")]
    [InlineData("「君の名は」")]
    [InlineData("사랑해 너를")]
    [InlineData("ฉันรักเธอ")]
    public void Joining_the_words_gives_the_line_back(string line) =>
        Assert.Equal(line, WordJoiner.Join(LyricWords.Split(line)));
}
