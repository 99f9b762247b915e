using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M4a: a vocal language that is not an ISO 639-1 code (or <c>unknown</c> for automatic detection).</summary>
internal sealed class LanguageCodeRule()
    : LintRule("M4a", LintSeverity.Error, LintTarget.VocalLanguage, "The vocal language is an ISO 639-1 code (en, zh, ja…) or unknown")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.VocalLanguage is { } language && !LanguageVocabulary.IsKnown(language.Trim()))
        {
            var suggestion = LanguageVocabulary.CodeForName(language) is { } code ? $"--language {code}" : "a two-letter code such as en, zh, ja, ko, es";
            yield return About($"--language \"{language}\" is not an ISO 639-1 language code.", $"Use {suggestion}, or unknown to let the model detect the language from the lyrics.");
        }
    }
}
