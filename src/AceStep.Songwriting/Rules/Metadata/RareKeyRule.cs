using AceStep.Songwriting.Parsing;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M2b: a key with five or more sharps or flats (or a theoretical one such as D# major); the model may ignore or shift rare keys.</summary>
internal sealed class RareKeyRule()
    : LintRule("M2b", LintSeverity.Info, LintTarget.KeyScale, "The key is a common one (C, G, D, Am and Em are the most stable)")
{
    public const int RareFromAccidentals = 5;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.KeyScale is { } text && KeyScale.Parse(text) is { } key && Math.Abs(key.Fifths) >= RareFromAccidentals)
        {
            yield return About(
                $"{key.Canonical} has {Math.Abs(key.Fifths)} {(key.Fifths > 0 ? "sharps" : "flats")}; the model may ignore or shift rare keys.",
                "If the exact key does not matter, use a stable one: C, G or D major, A or E minor.");
        }
    }
}
