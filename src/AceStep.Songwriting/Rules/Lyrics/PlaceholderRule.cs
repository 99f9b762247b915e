using AceStep.Songwriting.Text;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>
/// L7a: placeholder or truncated lyrics ("Your lyrics here…", a line of "…", "etc."): the model sings exactly what it
/// is given, so the song would contain the placeholder and miss the real words. Always pass the complete lyrics.
/// </summary>
internal sealed class PlaceholderRule()
    : LintRule("L7a", LintSeverity.Error, LintTarget.Lyrics, "The lyrics are complete: no placeholders, no \"…\" standing for more")
{
    public static bool IsEllipsis(string text) =>
        LyricsVocabulary.EllipsisLines.Contains(text.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    private static int? PlaceholderColumn(string text)
    {
        if (new NormalizedText(text).First(LyricsVocabulary.Placeholders) is { } placeholder)
        {
            return placeholder.Index;
        }

        var bare = text.TrimEnd('.', '…', ' ').ToLowerInvariant();
        return LyricsVocabulary.PlaceholderLines.Contains(bare, StringComparer.Ordinal) ? 0 : null;
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var line in context.Lyrics.SungLines)
        {
            if (PlaceholderColumn(line.Text) is { } offset)
            {
                yield return At(line.Line, line.Column + offset, $"\"{line.Text}\" is placeholder text; the model would sing it as written.", "Replace it with the real, complete lyrics.");
            }
            else if (IsEllipsis(line.Text))
            {
                yield return At(line.Line, line.Column, $"A line of \"{line.Text}\" stands for lyrics that are not there; the model cannot fill them in.", "Write out every line; never shorten or truncate the lyrics.");
            }
        }

        foreach (var tag in context.Lyrics.Tags.Where(tag => IsEllipsis(tag.Display)))
        {
            yield return At(tag.Line, tag.Column, $"{tag.Display} stands for lyrics that are not there.", "Write out every line; never shorten or truncate the lyrics.");
        }
    }
}
