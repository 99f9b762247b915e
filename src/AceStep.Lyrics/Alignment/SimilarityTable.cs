namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Token similarities, computed once per pair of distinct tokens: a song repeats its words (a chorus, "the", "I"), so
/// there are far fewer distinct pairs than alignment cells, and the alignment's inner loop is a table look-up.
/// </summary>
internal sealed class SimilarityTable
{
    private readonly int[] heardIds;
    private readonly int[] writtenIds;
    private readonly int writtenVocabularySize;
    private readonly float[] similarities;

    public SimilarityTable(IReadOnlyList<AlignmentToken> heard, IReadOnlyList<AlignmentToken> written)
    {
        var heardVocabulary = new List<(AlignmentToken Token, string Sound)>();
        var writtenVocabulary = new List<(AlignmentToken Token, string Sound)>();
        heardIds = Identify(heard, heardVocabulary);
        writtenIds = Identify(written, writtenVocabulary);
        writtenVocabularySize = writtenVocabulary.Count;
        similarities = new float[heardVocabulary.Count * writtenVocabulary.Count];
        for (var h = 0; h < heardVocabulary.Count; h++)
        {
            for (var w = 0; w < writtenVocabulary.Count; w++)
            {
                similarities[(h * writtenVocabularySize) + w] = (float)TokenSimilarity.Of(
                    heardVocabulary[h].Token, writtenVocabulary[w].Token, heardVocabulary[h].Sound, writtenVocabulary[w].Sound);
            }
        }
    }

    public int HeardCount => heardIds.Length;

    public int WrittenCount => writtenIds.Length;

    public double this[int heardIndex, int writtenIndex] => similarities[(heardIds[heardIndex] * writtenVocabularySize) + writtenIds[writtenIndex]];

    /// <summary>The similarities of one heard token to every distinct written token, indexed by <see cref="WrittenIds"/>.</summary>
    public ReadOnlySpan<float> Row(int heardIndex) => similarities.AsSpan(heardIds[heardIndex] * writtenVocabularySize, writtenVocabularySize);

    /// <summary>Each written token's index among the distinct written tokens.</summary>
    public ReadOnlySpan<int> WrittenIds => writtenIds;

    private static int[] Identify(IReadOnlyList<AlignmentToken> tokens, List<(AlignmentToken Token, string Sound)> vocabulary)
    {
        var ids = new Dictionary<(string, TokenKind), int>();
        var result = new int[tokens.Count];
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (!ids.TryGetValue((token.Key, token.Kind), out var id))
            {
                id = vocabulary.Count;
                ids.Add((token.Key, token.Kind), id);
                vocabulary.Add((token, token.Kind is TokenKind.Word ? SoundKey.Of(token.Key) : token.Key));
            }

            result[index] = id;
        }

        return result;
    }
}
