using AceStep.Songwriting.Parsing;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M2a: a key the model cannot read (it expects a note and a scale: <c>C Major</c>, <c>Am</c>, <c>F# Minor</c>).</summary>
internal sealed class KeyScaleFormatRule()
    : LintRule("M2a", LintSeverity.Error, LintTarget.KeyScale, "The key is a note and a scale (C Major, Am, F# Minor)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.KeyScale is { } key && KeyScale.Parse(key) is null)
        {
            yield return About($"--key-scale \"{key}\" is not a key: the model expects a note (A–G, optionally # or b) and major or minor.", "Write it like \"C Major\", \"Am\" or \"F# Minor\", or leave it out and let the model choose.");
        }
    }
}
