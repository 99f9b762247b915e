using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L8b: an instrumental marker written as plain text ("Instrumental", "(guitar solo)"): without brackets it is sung as a word.</summary>
internal sealed class PlainInstrumentalMarkerRule()
    : LintRule("L8b", LintSeverity.Warning, LintTarget.Lyrics, "Instrumental markers are tags ([Instrumental], [inst]), not plain text")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var line in context.Lyrics.SungLines)
        {
            var bare = line.Text.Trim('(', ')', '*', '_', '.', ':', ' ', '-').ToLowerInvariant();
            if (LyricsVocabulary.PlainInstrumentalMarkers.Contains(bare, StringComparer.Ordinal))
            {
                var tag = string.Join(' ', bare.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
                yield return At(line.Line, line.Column, $"\"{line.Text}\" is plain text, so the model sings it as a word instead of playing an instrumental part.", $"Write it as a tag: [{tag}].");
            }
        }
    }
}
