namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Token similarities computed once per pair of distinct tokens: a song repeats its words (a chorus, "the", "I"), so
/// the alignment asks for far fewer distinct pairs than it has cells.
/// </summary>
internal sealed class SimilarityTable
{
    private readonly int[] heardIds;
    private readonly int[] writtenIds;
    private readonly List<(AlignmentToken Token, string Sound)> heardVocabulary = [];
    private readonly List<(AlignmentToken Token, string Sound)> writtenVocabulary = [];
    private readonly float[] cache;

    public SimilarityTable(IReadOnlyList<AlignmentToken> heard, IReadOnlyList<AlignmentToken> written)
    {
        heardIds = Identify(heard, heardVocabulary);
        writtenIds = Identify(written, writtenVocabulary);
        cache = new float[heardVocabulary.Count * writtenVocabulary.Count];
        Array.Fill(cache, float.NaN);
    }

    public double this[int heardIndex, int writtenIndex]
    {
        get
        {
            var heardId = heardIds[heardIndex];
            var writtenId = writtenIds[writtenIndex];
            ref var cached = ref cache[(heardId * writtenVocabulary.Count) + writtenId];
            if (float.IsNaN(cached))
            {
                var (heardToken, heardSound) = heardVocabulary[heardId];
                var (writtenToken, writtenSound) = writtenVocabulary[writtenId];
                cached = (float)TokenSimilarity.Of(heardToken, writtenToken, heardSound, writtenSound);
            }

            return cached;
        }
    }

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
