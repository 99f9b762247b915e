namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Global sequence alignment with affine gaps (Gotoh): the order-preserving pairing of heard tokens with written ones
/// that maximises similarity, where one long run of missed or extra tokens costs less than the same number scattered.
/// Time is proportional to the product of the lengths and memory to one byte per pair (the traceback), which for a
/// 10-minute song is a few megabytes.
/// </summary>
internal static class GlobalAlignment
{
    private const float GapOpen = 2f;
    private const float GapExtend = 0.5f;
    private const float NegativeInfinity = -1e30f;

    // Far smaller than any difference in similarity: it only decides between equally good pairings, in favour of the
    // one where heard and written positions agree ("line" heard once, written twice, pairs with the nearer).
    private const float DiagonalBias = 0.02f;
    private const byte FromMatch = 0;
    private const byte FromHeardOnly = 1;
    private const byte FromWrittenOnly = 2;

    /// <returns>For each written token, the heard token paired with it, or -1 where the written token was not heard.</returns>
    public static int[] Align(SimilarityTable similarity)
    {
        var heardCount = similarity.HeardCount;
        var writtenCount = similarity.WrittenCount;
        var writtenIds = similarity.WrittenIds;
        var width = writtenCount + 1;
        var traceback = new byte[(heardCount + 1) * width];
        var match = new float[width];
        var heardOnly = new float[width];
        var writtenOnly = new float[width];
        var previousMatch = new float[width];
        var previousHeardOnly = new float[width];
        var previousWrittenOnly = new float[width];
        InitialiseFirstRow(previousMatch, previousHeardOnly, previousWrittenOnly, traceback);
        for (var i = 1; i <= heardCount; i++)
        {
            match[0] = NegativeInfinity;
            writtenOnly[0] = NegativeInfinity;
            heardOnly[0] = -GapOpen - (GapExtend * (i - 1));
            traceback[i * width] = (byte)((i == 1 ? FromMatch : FromHeardOnly) << 2);
            var row = similarity.Row(i - 1);
            var heardPosition = (float)(i - 1) / heardCount;
            for (var j = 1; j <= writtenCount; j++)
            {
                var (bestDiagonal, diagonalFrom) = Best(previousMatch[j - 1], previousHeardOnly[j - 1], previousWrittenOnly[j - 1], 0, 0);
                var offDiagonal = Math.Abs(heardPosition - ((float)(j - 1) / writtenCount));
                match[j] = bestDiagonal + PairScore(row[writtenIds[j - 1]]) - (DiagonalBias * offDiagonal);
                var (bestUp, upFrom) = Best(previousMatch[j], previousHeardOnly[j], previousWrittenOnly[j], GapOpen, GapExtend);
                heardOnly[j] = bestUp;
                var (bestLeft, leftFrom) = Best(match[j - 1], heardOnly[j - 1], writtenOnly[j - 1], GapOpen, GapOpen, GapExtend);
                writtenOnly[j] = bestLeft;
                traceback[(i * width) + j] = (byte)(diagonalFrom | (upFrom << 2) | (leftFrom << 4));
            }

            (previousMatch, match) = (match, previousMatch);
            (previousHeardOnly, heardOnly) = (heardOnly, previousHeardOnly);
            (previousWrittenOnly, writtenOnly) = (writtenOnly, previousWrittenOnly);
        }

        var (_, state) = Best(previousMatch[writtenCount], previousHeardOnly[writtenCount], previousWrittenOnly[writtenCount], 0, 0);
        return Trace(traceback, width, heardCount, writtenCount, state);
    }

    // From -2 for tokens with nothing in common to +2 for the same token: a wrong word in place (-2) costs less than
    // a missed word plus an extra one (-4), so a mishearing keeps its place and its time.
    private static float PairScore(float similarity) => (4 * similarity) - 2;

    private static void InitialiseFirstRow(float[] match, float[] heardOnly, float[] writtenOnly, byte[] traceback)
    {
        match[0] = 0;
        heardOnly[0] = NegativeInfinity;
        writtenOnly[0] = NegativeInfinity;
        for (var j = 1; j < match.Length; j++)
        {
            match[j] = NegativeInfinity;
            heardOnly[j] = NegativeInfinity;
            writtenOnly[j] = -GapOpen - (GapExtend * (j - 1));
            traceback[j] = (byte)((j == 1 ? FromMatch : FromWrittenOnly) << 4);
        }
    }

    // The best predecessor when moving along a gap: opening one costs GapOpen, extending the same kind of gap costs less.
    private static (float Score, byte From) Best(float fromMatch, float fromHeardOnly, float fromWrittenOnly, float open, float extend) =>
        Best(fromMatch, fromHeardOnly, fromWrittenOnly, open, extend, open);

    private static (float Score, byte From) Best(float fromMatch, float fromHeardOnly, float fromWrittenOnly, float matchCost, float heardOnlyCost, float writtenOnlyCost)
    {
        var best = fromMatch - matchCost;
        var from = FromMatch;
        if (fromHeardOnly - heardOnlyCost > best)
        {
            best = fromHeardOnly - heardOnlyCost;
            from = FromHeardOnly;
        }

        if (fromWrittenOnly - writtenOnlyCost > best)
        {
            best = fromWrittenOnly - writtenOnlyCost;
            from = FromWrittenOnly;
        }

        return (best, from);
    }

    private static int[] Trace(byte[] traceback, int width, int i, int j, byte state)
    {
        var heardFor = new int[width - 1];
        while (i > 0 || j > 0)
        {
            var cell = traceback[(i * width) + j];
            switch (state)
            {
                case FromMatch:
                    heardFor[j - 1] = i - 1;
                    state = (byte)(cell & 3);
                    i--;
                    j--;
                    break;
                case FromHeardOnly:
                    state = (byte)((cell >> 2) & 3);
                    i--;
                    break;
                default:
                    heardFor[j - 1] = -1;
                    state = (byte)((cell >> 4) & 3);
                    j--;
                    break;
            }
        }

        return heardFor;
    }
}
