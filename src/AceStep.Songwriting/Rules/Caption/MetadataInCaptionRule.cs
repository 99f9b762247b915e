using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C1: BPM, key, time signature or length written into the caption; they belong in the parameters, where the model reads them.</summary>
internal sealed partial class MetadataInCaptionRule()
    : LintRule("C1", LintSeverity.Warning, LintTarget.Caption, "No BPM, key, time signature or duration in the caption")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var caption = context.Draft.Caption ?? "";
        foreach (var (pattern, what, parameter) in Patterns())
        {
            foreach (Match match in pattern.Matches(caption))
            {
                yield return InCaption(
                    match.Index + 1,
                    $"The caption states the {what} (\"{match.Value.Trim()}\"); the model takes it from the {parameter} parameter, and in the caption it competes with the style words.",
                    $"Remove \"{match.Value.Trim()}\" from the caption and pass {parameter} instead.");
            }
        }
    }

    private static IEnumerable<(Regex Pattern, string What, string Parameter)> Patterns()
    {
        yield return (Bpm(), "tempo", "--bpm");
        yield return (Key(), "key", "--key-scale");
        yield return (TimeSignature(), "time signature", "--time-signature");
        yield return (Length(), "length", "--duration");
    }

    [GeneratedRegex(@"\b\d{2,3}\s*(?:bpm|beats per minute)\b|\bbpm\s*[:=]?\s*\d{2,3}\b|\btempo\s*(?:of\s*)?[:=]?\s*\d{2,3}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bpm();

    // "key of E", "in A minor", "C# Major", "in F#m": a capital note letter next to a key or scale word.
    [GeneratedRegex(@"(?i:\bkey)\s*(?i:of\b|[:=])?\s*[A-G][#♯b♭]?(?:m\b|\s*(?i:major|minor|maj|min)\b)?(?![\p{L}\p{N}#♯♭])|(?<![\p{L}\p{N}])[A-G][#♯b♭]?\s*(?i:major|minor)\b|(?i:\bin)\s+[A-G][#♯b♭]?m(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    [GeneratedRegex(@"(?<![\p{N}/])(?:2|3|4|5|6|7|9|12)/(?:2|4|8|16)(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex TimeSignature();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|minutes?|mins?)\b|(?<![\p{N}:])\d{1,2}:[0-5]\d(?![\p{N}:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();
}
