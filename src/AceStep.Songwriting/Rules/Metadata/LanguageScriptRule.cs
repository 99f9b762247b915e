using AceStep.Songwriting.Text;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M4b: the vocal language does not match the script the lyrics are written in (--language zh with English lyrics).</summary>
internal sealed class LanguageScriptRule()
    : LintRule("M4b", LintSeverity.Warning, LintTarget.VocalLanguage, "The vocal language matches the lyrics' script")
{
    public const int MinimumLetters = 8;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.VocalLanguage is not { } raw || LanguageVocabulary.IsAutomatic(raw.Trim()) || !LanguageVocabulary.IsKnown(raw.Trim()))
        {
            yield break;
        }

        var language = raw.Trim().ToLowerInvariant();
        var counts = ScriptClassifier.Count(string.Join('\n', context.Lyrics.SungLines.Select(line => line.Text)));
        if (counts.Values.Sum() < MinimumLetters)
        {
            yield break;
        }

        var dominant = counts.MaxBy(count => count.Value).Key;
        if (!LanguageVocabulary.ScriptsOf(language).Contains(dominant))
        {
            var suggestion = LanguageVocabulary.SuggestFor(dominant) is { } code ? $"--language {code} (or unknown)" : "--language unknown";
            yield return About($"--language {language} does not match the lyrics, which are written mostly in {dominant} script; the model would sing them with the wrong pronunciation.", $"Pass {suggestion}, or write the lyrics in {language}.");
        }
    }
}
