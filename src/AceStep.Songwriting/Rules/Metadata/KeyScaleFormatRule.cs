using AceStep.Songwriting.Parsing;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M2a: a key the model cannot read (it expects a note and a scale: <c>C Major</c>, <c>Am</c>, <c>F# Minor</c>).</summary>
internal sealed class KeyScaleFormatRule : LintRule
{
    public override string Id => "M2a";

    public override LintSeverity Severity => LintSeverity.Error;

    public override LintTarget Target => LintTarget.KeyScale;

    public override string Title => "The key is a note and a scale (C Major, Am, F# Minor)";

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.KeyScale is { } key && KeyScale.Parse(key) is null)
        {
            yield return About($"--key-scale \"{key}\" is not a key: the model expects a note (A–G, optionally # or b) and major or minor.", "Write it like \"C Major\", \"Am\" or \"F# Minor\", or leave it out and let the model choose.");
        }
    }
}
