using AceStep.Songwriting.Parsing;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>
/// C5c: the voice the caption describes against the lyrics: vocals in the caption of an instrumental, an instrumental
/// caption over sung lyrics, a female caption with a <c>[male vocal]</c> tag, a smooth voice tagged <c>[raspy vocal]</c>.
/// </summary>
internal sealed class VocalConsistencyRule()
    : LintRule("C5c", LintSeverity.Warning, LintTarget.Caption, "Vocals in the caption match the lyrics (vocal tags, instrumental or sung)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (!context.HasCaption)
        {
            return [];
        }

        return VocalsAgainstInstrumental(context).Concat(context.Lyrics.Tags.SelectMany(tag => TagAgainstCaption(context, tag)));
    }

    private IEnumerable<LintFinding> VocalsAgainstInstrumental(LintContext context)
    {
        if (context.IsInstrumental && context.Caption.First(VocalVocabulary.CaptionVocals) is { } vocal)
        {
            yield return InCaption(
                vocal.Column,
                $"The caption describes a voice (\"{vocal.Term}\") but the song is instrumental.",
                "Remove the vocal words from the caption, or write the lyrics to be sung.");
        }

        var saysInstrumental = context.Caption.First(VocalVocabulary.Instrumental) is not null
            || context.Caption.ContainsNegated(VocalVocabulary.CaptionVocals);
        if (saysInstrumental && context.Lyrics.HasSungLines && !context.Draft.Instrumental)
        {
            yield return InCaption(
                null,
                "The caption asks for an instrumental (or no vocals) but the lyrics have lines to sing.",
                "Drop \"instrumental\"/\"no vocals\" from the caption, or replace the lyrics with [Instrumental].");
        }
    }

    private IEnumerable<LintFinding> TagAgainstCaption(LintContext context, SectionTag tag)
    {
        var captionFemale = context.Caption.Contains(VocalVocabulary.Female);
        var captionMale = context.Caption.Contains(VocalVocabulary.Male);
        var tagFemale = tag.Words.Contains(VocalVocabulary.Female);
        var tagMale = tag.Words.Contains(VocalVocabulary.Male);
        if ((captionFemale && !captionMale && tagMale && !tagFemale) || (captionMale && !captionFemale && tagFemale && !tagMale))
        {
            var (caption, wanted) = captionFemale ? ("female", "male") : ("male", "female");
            yield return At(tag.Line, tag.Column, $"{tag.Display} asks for a {wanted} voice but the caption describes a {caption} one.", $"Make the tag and the caption name the same voice (or write \"{caption} and {wanted} duet\" in the caption).");
        }

        foreach (var (captionWords, tagWords, why) in VocalVocabulary.Conflicts)
        {
            if (context.Caption.First(captionWords) is { } described && tag.Words.First(tagWords) is { } tagged)
            {
                yield return At(tag.Line, tag.Column, $"{tag.Display} asks for \"{tagged.Term}\" but the caption says \"{described.Term}\": {why}.", "Keep one description of the voice, in the caption or in the tag.");
            }
        }
    }
}
