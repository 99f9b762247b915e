using System.Reflection;

namespace AceStep.Tests.Conventions;

/// <summary>
/// The test-naming style of .editorconfig, checked in every test project (tests/Directory.Build.props links this
/// file into each): a test's name is a sentence with underscores between its words, capitalised like prose.
/// No analyzer can tell a test from a helper method, so a test does it.
/// </summary>
public sealed class TestNamingConventionTests
{
    /// <summary>Proper names that are written with a capital inside them.</summary>
    private static readonly HashSet<string> ProperNames = new(StringComparer.Ordinal) { "OpenAI", "OpenRouter", "FastAPI", "TagLib", "ElevenLabs", "MiB" };

    [Xunit.Fact]
    public void Every_test_name_is_a_sentence_with_underscores()
    {
        var offenders = typeof(TestNamingConventionTests).Assembly.GetTypes()
            .SelectMany(static type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(static method => method.IsDefined(typeof(Xunit.FactAttribute), inherit: true))
            .Where(static method => !IsSentence(method.Name))
            .Select(static method => $"{method.DeclaringType!.FullName}.{method.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Xunit.Assert.Empty(offenders);
    }

    [Xunit.Theory]
    [Xunit.InlineData("A_failed_job_exits_7_with_the_reason", true)]
    [Xunit.InlineData("OpenAI_style_errors_are_understood", true)]
    [Xunit.InlineData("Version_B_answers_HEAD_with_405", true)]
    [Xunit.InlineData("FailedJob_Exits7", false)]
    [Xunit.InlineData("Stats_CountJobs_AndTheQueue", false)]
    [Xunit.InlineData("Two_words", false)]
    [Xunit.InlineData("lower_case_start_is_not_prose", false)]
    [Xunit.InlineData("Doubled__underscores_are_not_words", false)]
    public void A_sentence_has_three_or_more_words_none_of_them_joined_by_capitals(string name, bool expected) =>
        Xunit.Assert.Equal(expected, IsSentence(name));

    private static bool IsSentence(string name)
    {
        var words = name.Split('_');
        return words.Length >= 3
            && (char.IsAsciiLetterUpper(name[0]) || char.IsAsciiDigit(name[0]))
            && words.All(static word => word.Length > 0 && word.All(char.IsAsciiLetterOrDigit))
            && words.All(static word => ProperNames.Contains(word) || !JoinsWordsByCapitals(word));
    }

    private static bool JoinsWordsByCapitals(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsAsciiLetterLower(word[i - 1]) && char.IsAsciiLetterUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }
}
