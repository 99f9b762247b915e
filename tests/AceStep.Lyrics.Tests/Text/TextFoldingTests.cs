using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("ÉCOLE", "ecole")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Tiếng Việt", "tiengviet")]
    [InlineData("Ελλάδα", "ελλαδα")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Don't stop!", "dontstop")]
    [InlineData("ACE-Step", "acestep")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("カタカナ", "かたかな")]
    [InlineData("ｶﾀｶﾅ", "かたかな")]
    [InlineData("ｶﾞｷﾞﾊﾟｳﾞ", "がぎぱゔ")]
    [InlineData("你好，世界。", "你好世界")]
    [InlineData("e\u0301", "e")]
    public void Comparison_folds_case_accents_width_kana_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, TextFolding.ForComparison(text));

    [Fact]
    public void Width_folding_changes_only_full_and_half_width_forms() =>
        Assert.Equal("Hello, カタカナ 世界!", TextFolding.Width("Ｈｅｌｌｏ，\u3000ｶﾀｶﾅ 世界！"));
}
