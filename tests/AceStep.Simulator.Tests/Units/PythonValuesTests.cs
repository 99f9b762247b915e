using System.Text.Json.Nodes;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Tests.Units;

/// <summary>The silent coercion table in docs/protocol.md, "Parameters of /release_task".</summary>
public sealed class PythonValuesTests
{
    [Theory]
    [InlineData("120", 120)]
    [InlineData("\"120\"", 120)]
    [InlineData("\" 120 \"", 120)]
    [InlineData("120.5", null)]
    [InlineData("\"120.5\"", null)]
    [InlineData("\"8.0\"", null)]
    [InlineData("true", null)]
    public void Int_accepts_integers_and_integer_strings_only(string json, int? expected) => Assert.Equal(expected, PythonValues.ToInt(JsonNode.Parse(json)));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("\"60\"", 60.0)]
    [InlineData("\"abc\"", null)]
    public void Float_accepts_numbers_and_numeric_strings(string json, double? expected) => Assert.Equal(expected, PythonValues.ToFloat(JsonNode.Parse(json)));

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"YES\"", true)]
    [InlineData("\"on\"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("1", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"0\"", false)]
    [InlineData("2", false)]
    [InlineData("\"maybe\"", false)]
    public void Bool_is_true_only_for_the_true_words_and_the_number_1(string json, bool expected) => Assert.Equal(expected, PythonValues.ToBool(JsonNode.Parse(json), defaultValue: !expected));

    [Fact]
    public void Empty_string_bool_is_the_default()
    {
        Assert.True(PythonValues.ToBool(JsonNode.Parse("\"\""), defaultValue: true));
        Assert.False(PythonValues.ToBool(JsonNode.Parse("\"\""), defaultValue: false));
    }

    [Theory]
    [InlineData("4", "4")]
    [InlineData("true", "True")]
    [InlineData("\"x\"", "x")]
    public void Strings_use_Python_str(string json, string expected) => Assert.Equal(expected, PythonValues.ToText(JsonNode.Parse(json)));
}
