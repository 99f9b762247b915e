using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class DisplayWidthTests
{
    [Theory]
    [InlineData("hello", 5)]
    [InlineData("你好", 4)]
    [InlineData("사랑", 4)]
    [InlineData("ｶﾀｶﾅ", 4)]
    [InlineData("カタカナ", 8)]
    [InlineData("e\u0301", 1)]
    [InlineData("สวัสดี", 4)]
    [InlineData("I 爱 you", 8)]
    public void Cjk_and_hangul_take_two_columns_and_marks_none(string text, int columns) =>
        Assert.Equal(columns, DisplayWidth.Of(text));
}
