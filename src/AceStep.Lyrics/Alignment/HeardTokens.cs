using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Alignment;

/// <summary>
/// The recognised words cut into tokens the same way as the lyrics, each with a time: a word that holds several tokens
/// (a Chinese word of three characters, "AC-step") shares its time among them by length.
/// </summary>
internal sealed record HeardTokens(IReadOnlyList<AlignmentToken> Tokens, IReadOnlyList<double> Starts, IReadOnlyList<double> Ends)
{
    public static HeardTokens From(IReadOnlyList<RecognizedWord> words, string? language)
    {
        var tokens = new List<AlignmentToken>();
        var starts = new List<double>();
        var ends = new List<double>();
        foreach (var word in words.OrderBy(word => word.Start))
        {
            var wordTokens = Tokenizer.Tokenize(word.Text, language);
            var totalLength = wordTokens.Sum(token => token.Key.Length);
            var start = Math.Max(0, word.Start);
            var duration = Math.Max(0, word.End - start);
            var done = 0;
            foreach (var token in wordTokens)
            {
                tokens.Add(token);
                starts.Add(start + (duration * done / totalLength));
                done += token.Key.Length;
                ends.Add(start + (duration * done / totalLength));
            }
        }

        return new HeardTokens(tokens, starts, ends);
    }
}
