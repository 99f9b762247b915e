using System.Text;
using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class ScriptClassifierTests
{
    [Theory]
    [InlineData("A", ScriptKind.Spaced)]
    [InlineData("é", ScriptKind.Spaced)]
    [InlineData("я", ScriptKind.Spaced)]
    [InlineData("λ", ScriptKind.Spaced)]
    [InlineData("ע", ScriptKind.Spaced)]
    [InlineData("ع", ScriptKind.Spaced)]
    [InlineData("क", ScriptKind.Spaced)]
    [InlineData("中", ScriptKind.Cjk)]
    [InlineData("𠀀", ScriptKind.Cjk)] // extension B, outside the BMP
    [InlineData("あ", ScriptKind.Cjk)]
    [InlineData("カ", ScriptKind.Cjk)]
    [InlineData("ｶ", ScriptKind.Cjk)]
    [InlineData("Ａ", ScriptKind.Cjk)]
    [InlineData("。", ScriptKind.Cjk)]
    [InlineData("！", ScriptKind.Cjk)]
    [InlineData("ㄅ", ScriptKind.Cjk)]
    [InlineData("한", ScriptKind.Hangul)]
    [InlineData("ㅎ", ScriptKind.Hangul)]
    [InlineData("ก", ScriptKind.SoutheastAsian)]
    [InlineData("ກ", ScriptKind.SoutheastAsian)]
    [InlineData("ក", ScriptKind.SoutheastAsian)]
    [InlineData("က", ScriptKind.SoutheastAsian)]
    [InlineData("7", ScriptKind.Neutral)]
    [InlineData(",", ScriptKind.Neutral)]
    [InlineData(" ", ScriptKind.Neutral)]
    [InlineData("♪", ScriptKind.Neutral)]
    public void Each_character_belongs_to_its_kind_of_script(string character, ScriptKind expected) =>
        Assert.Equal(expected, ScriptClassifier.Classify(Rune.GetRuneAt(character, 0)));

    [Theory]
    [InlineData("中", true)]
    [InlineData("ก", true)]
    [InlineData("한", false)]
    [InlineData("a", false)]
    [InlineData("1", false)]
    public void Cjk_and_southeast_asian_scripts_are_written_without_spaces(string character, bool expected) =>
        Assert.Equal(expected, ScriptClassifier.IsWrittenWithoutSpaces(Rune.GetRuneAt(character, 0)));

    [Theory]
    [InlineData("我爱你 baby", ScriptKind.Cjk)]
    [InlineData("hello 世界 world", ScriptKind.Spaced)]
    [InlineData("사랑해 love", ScriptKind.Hangul)]
    [InlineData("ฉันรักเธอ", ScriptKind.SoutheastAsian)]
    [InlineData("123 !", ScriptKind.Neutral)]
    public void The_dominant_script_weighs_a_cjk_character_as_two_letters(string text, ScriptKind expected) =>
        Assert.Equal(expected, ScriptClassifier.Dominant(text));
}
