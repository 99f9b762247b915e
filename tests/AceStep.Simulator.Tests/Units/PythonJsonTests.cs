using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Tests.Units;

/// <summary>Python <c>json.dumps</c> formatting of compact JSON.</summary>
public sealed class PythonJsonTests
{
    [Fact]
    public void Adds_spaces_after_separators_but_not_inside_strings()
    {
        Assert.Equal("""{"a": 1, "b": ["x, y", "k: v"]}""", PythonJson.FromCompact("""{"a":1,"b":["x, y","k: v"]}""", asciiOnly: false));
    }

    [Fact]
    public void Keeps_escaped_quotes_and_backslashes()
    {
        Assert.Equal("""{"q": "say \"hi\", \\o/"}""", PythonJson.FromCompact("""{"q":"say \"hi\", \\o/"}""", asciiOnly: false));
    }

    [Fact]
    public void Ensure_ascii_false_unescapes_what_dotnet_escaped_needlessly()
    {
        Assert.Equal("{\"e\": \"🎯 é\"}", PythonJson.FromCompact("{\"e\":\"\\uD83C\\uDFAF \\u00E9\"}", asciiOnly: false));
    }

    [Fact]
    public void Ensure_ascii_true_escapes_non_ASCII_in_lowercase()
    {
        Assert.Equal("{\"e\": \"caf\\u00e9 \\ud83c\\udfaf\"}", PythonJson.FromCompact("{\"e\":\"café 🎯\"}", asciiOnly: true));
    }

    [Fact]
    public void Control_characters_stay_escaped()
    {
        Assert.Equal("{\"c\": \"a\\nb\\u0001\"}", PythonJson.FromCompact("{\"c\":\"a\\nb\\u0001\"}", asciiOnly: false));
    }

    [Theory]
    [InlineData(60.0, "60.0")]
    [InlineData(0.52, "0.52")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    public void Floats_print_like_Python_repr(double value, string expected)
    {
        Assert.Equal(expected, JsonWriting.FormatPythonFloat(value));
    }

    [Fact]
    public void String_literal_escapes_only_what_Python_escapes()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n🎯é\\u001f\"", System.Text.Encoding.UTF8.GetString(JsonStringLiteral.Encode("a\"b\\c\n🎯é\u001f")));
    }
}
