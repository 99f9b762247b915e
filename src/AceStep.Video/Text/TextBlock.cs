namespace AceStep.Video.Text;

/// <summary>
/// Tokens shaped and wrapped into centred rows no wider than a limit. When the text needs more rows than allowed, the
/// size steps down (to <see cref="MinimumScale"/> of the one asked for); if it still does not fit, the last row ends in
/// "…" and <see cref="Truncated"/> is set. Right-to-left text fills its rows from the right.
/// </summary>
internal sealed class TextBlock : IDisposable
{
    public const float MinimumScale = 0.6f;
    private const float ScaleStep = 0.88f;
    private const float LineSpacing = 1.18f;

    private TextBlock(List<PlacedWord> words, float width, float height, float fontSize, bool truncated)
    {
        Words = words;
        Width = width;
        Height = height;
        FontSize = fontSize;
        Truncated = truncated;
    }

    public IReadOnlyList<PlacedWord> Words { get; }

    public float Width { get; }

    public float Height { get; }

    public float FontSize { get; }

    public bool Truncated { get; }

    public static TextBlock Build(FontSet fonts, IReadOnlyList<TextToken> tokens, float size, bool bold, float maxWidth, int maxRows)
    {
        var rightToLeft = TextScript.IsRightToLeft(string.Concat(tokens.Select(token => token.Text)));
        for (var scale = 1f; ; scale = Math.Max(MinimumScale, scale * ScaleStep))
        {
            var fontSize = size * scale;
            var shaped = tokens.Select(token => TextShaper.Shape(fonts, token.Text, fontSize, bold)).ToList();
            var space = SpaceWidth(fonts, fontSize, bold);
            var rows = Wrap(tokens, shaped, space, maxWidth);
            var lastTry = scale <= MinimumScale;
            if (rows.Count <= maxRows || lastTry)
            {
                var truncated = rows.Count > maxRows;
                if (truncated)
                {
                    rows = Truncate(fonts, rows, shaped, maxRows, fontSize, bold, space, maxWidth);
                }

                return Place(tokens, shaped, rows, space, rightToLeft, truncated, fontSize);
            }

            foreach (var text in shaped)
            {
                text.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var word in Words)
        {
            word.Text.Dispose();
        }
    }

    private static float SpaceWidth(FontSet fonts, float size, bool bold)
    {
        using var space = TextShaper.Shape(fonts, "a a", size, bold);
        using var letters = TextShaper.Shape(fonts, "aa", size, bold);
        return space.Width - letters.Width;
    }

    /// <summary>Greedy wrapping: each row takes tokens while they fit; a token wider than the row gets a row of its own.</summary>
    private static List<List<int>> Wrap(IReadOnlyList<TextToken> tokens, List<ShapedText> shaped, float space, float maxWidth)
    {
        var rows = new List<List<int>>();
        var row = new List<int>();
        var width = 0f;
        for (var i = 0; i < tokens.Count; i++)
        {
            var gap = row.Count > 0 && tokens[i].SpaceBefore ? space : 0;
            if (row.Count > 0 && width + gap + shaped[i].Width > maxWidth)
            {
                rows.Add(row);
                row = [];
                width = 0;
                gap = 0;
            }

            row.Add(i);
            width += gap + shaped[i].Width;
        }

        if (row.Count > 0)
        {
            rows.Add(row);
        }

        return rows;
    }

    private static List<List<int>> Truncate(FontSet fonts, List<List<int>> rows, List<ShapedText> shaped, int maxRows, float size, bool bold, float space, float maxWidth)
    {
        var kept = rows.Take(maxRows).ToList();
        var ellipsis = TextShaper.Shape(fonts, "…", size, bold);
        var last = kept[^1];
        while (last.Count > 1 && last.Sum(index => shaped[index].Width + space) + ellipsis.Width > maxWidth)
        {
            last.RemoveAt(last.Count - 1);
        }

        shaped.Add(ellipsis);
        last.Add(shaped.Count - 1);
        return kept;
    }

    private static TextBlock Place(IReadOnlyList<TextToken> tokens, List<ShapedText> shaped, List<List<int>> rows, float space, bool rightToLeft, bool truncated, float fontSize)
    {
        var ascent = shaped.Count > 0 ? shaped.Max(text => text.Ascent) : fontSize;
        var descent = shaped.Count > 0 ? shaped.Max(text => text.Descent) : fontSize / 4;
        var rowHeight = (ascent + descent) * LineSpacing;
        var widths = rows.Select(row => RowWidth(tokens, shaped, row, space)).ToList();
        var blockWidth = widths.Count > 0 ? widths.Max() : 0;
        var placed = new List<PlacedWord>();
        for (var r = 0; r < rows.Count; r++)
        {
            var baseline = (r * rowHeight) + ascent + ((rowHeight - ascent - descent) / 2);
            var x = (blockWidth - widths[r]) / 2;
            for (var k = 0; k < rows[r].Count; k++)
            {
                var index = rows[r][k];
                var gap = k > 0 && Token(tokens, index).SpaceBefore ? space : 0;
                x += gap;
                var left = rightToLeft ? blockWidth - x - shaped[index].Width : x;
                placed.Add(new PlacedWord(shaped[index], left, baseline, Token(tokens, index).WordIndex));
                x += shaped[index].Width;
            }
        }

        foreach (var unused in shaped.Where(text => placed.All(word => word.Text != text)))
        {
            unused.Dispose();
        }

        return new TextBlock(placed, blockWidth, rows.Count * rowHeight, fontSize, truncated);
    }

    private static float RowWidth(IReadOnlyList<TextToken> tokens, List<ShapedText> shaped, List<int> row, float space) =>
        row.Select((index, k) => shaped[index].Width + (k > 0 && Token(tokens, index).SpaceBefore ? space : 0)).Sum();

    // The ellipsis added by truncation sits past the end of the token list: it follows the word before it with no space.
    private static TextToken Token(IReadOnlyList<TextToken> tokens, int index) =>
        index < tokens.Count ? tokens[index] : new TextToken("…", false, -1);
}
