using AceStep.Lyrics.Sheets;
using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Alignment;

/// <summary>
/// The written lyrics laid out for alignment: the lines to show (tags gone, trailing comma or full stop dropped), the
/// words of each line, and the tokens of each word, with the line every token belongs to.
/// </summary>
internal sealed record ReferenceLayout(IReadOnlyList<ReferenceLine> Lines, IReadOnlyList<AlignmentToken> Tokens, IReadOnlyList<int> LineOfToken)
{
    /// <summary>Lines without a letter or digit (a row of ♪) are not sung, so they are left out.</summary>
    public static ReferenceLayout From(LyricsSheet sheet, string? language)
    {
        var lines = new List<ReferenceLine>();
        var tokens = new List<AlignmentToken>();
        var lineOfToken = new List<int>();
        foreach (var sungLine in sheet.SungLines)
        {
            var text = LyricPunctuation.TrimLineEnd(sungLine);
            var words = new List<ReferenceWord>();
            var firstToken = tokens.Count;
            foreach (var word in LyricWords.Split(text))
            {
                var wordTokens = Tokenizer.Tokenize(word, language);
                words.Add(new ReferenceWord(word, tokens.Count, wordTokens.Count));
                tokens.AddRange(wordTokens);
            }

            if (tokens.Count == firstToken)
            {
                continue;
            }

            lineOfToken.AddRange(Enumerable.Repeat(lines.Count, tokens.Count - firstToken));
            lines.Add(new ReferenceLine(text, words));
        }

        return new ReferenceLayout(lines, tokens, lineOfToken);
    }
}
