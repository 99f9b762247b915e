namespace AceStep.Lyrics.Alignment;

/// <summary>Levenshtein distance, and the similarity (0 to 1) it gives two strings.</summary>
internal static class EditDistance
{
    public static int Between(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length < right.Length)
        {
            var swap = left;
            left = right;
            right = swap;
        }

        Span<int> row = right.Length < 128 ? stackalloc int[right.Length + 1] : new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (left[i - 1] == right[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[right.Length];
    }

    public static double Similarity(string left, string right)
    {
        var longest = Math.Max(left.Length, right.Length);
        return longest == 0 ? 0 : 1 - ((double)Between(left, right) / longest);
    }
}
