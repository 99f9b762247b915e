using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Tests.Units;

/// <summary>Python <c>json.dumps</c> formatting of compact JSON.</summary>
public sealed class PythonJsonTests
{
    [Fact]
    public void AddsSpacesAfterSeparators_ButNotInsideStrings()
    {
        Assert.Equal("""{"a": 1, "b": ["x, y", "k: v"]}""", PythonJson.FromCompact("""{"a":1,"b":["x, y","k: v"]}""", asciiOnly: false));
    }

    [Fact]
    public void KeepsEscapedQuotesAndBackslashes()
    {
        Assert.Equal("""{"q": "say \"hi\", \\o/"}""", PythonJson.FromCompact("""{"q":"say \"hi\", \\o/"}""", asciiOnly: false));
    }

    [Fact]
    public void EnsureAsciiFalse_UnescapesWhatDotNetEscapedNeedlessly()
    {
        Assert.Equal("{\"e\": \"🎯 é\"}", PythonJson.FromCompact("{\"e\":\"\\uD83C\\uDFAF \\u00E9\"}", asciiOnly: false));
    }

    [Fact]
    public void EnsureAsciiTrue_EscapesNonAsciiLowercase()
    {
        Assert.Equal("{\"e\": \"caf\\u00e9 \\ud83c\\udfaf\"}", PythonJson.FromCompact("{\"e\":\"café 🎯\"}", asciiOnly: true));
    }

    [Fact]
    public void ControlCharactersStayEscaped()
    {
        Assert.Equal("{\"c\": \"a\\nb\\u0001\"}", PythonJson.FromCompact("{\"c\":\"a\\nb\\u0001\"}", asciiOnly: false));
    }

    [Theory]
    [InlineData(60.0, "60.0")]
    [InlineData(0.52, "0.52")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    public void FloatsPrintLikePythonRepr(double value, string expected)
    {
        Assert.Equal(expected, JsonWriting.FormatPythonFloat(value));
    }

    [Fact]
    public void StringLiteralEscapesOnlyWhatPythonEscapes()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n🎯é\\u001f\"", System.Text.Encoding.UTF8.GetString(JsonStringLiteral.Encode("a\"b\\c\n🎯é\u001f")));
    }
}
