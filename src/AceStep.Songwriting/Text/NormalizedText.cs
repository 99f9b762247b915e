namespace AceStep.Songwriting.Text;

/// <summary>
/// Text prepared for vocabulary matching: lower case, hyphens and underscores as spaces (so "lo-fi" matches "lo fi"),
/// curly apostrophes straight. Every character keeps its position, so a match's index is also its column in the
/// original.
/// </summary>
internal sealed class NormalizedText
{
    private static readonly string[] Negators = ["no", "without", "non", "minus", "zero", "not"];

    public NormalizedText(string original)
    {
        Original = original;
        Value = string.Create(original.Length, original, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Normalize(source[i]);
            }
        });
    }

    public string Original { get; }

    public string Value { get; }

    public static string Normalize(string term) => new NormalizedText(term).Value;

    /// <summary>Every place a term occurs as whole words, except where a negation ("no vocals", "without drums") precedes it.</summary>
    public IEnumerable<TermMatch> Find(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var needle = Normalize(term);
            var start = 0;
            while ((start = Value.IndexOf(needle, start, StringComparison.Ordinal)) >= 0)
            {
                if (IsWholeWord(start, needle.Length) && !IsNegated(start))
                {
                    yield return new TermMatch(term, start, needle.Length);
                }

                start++;
            }
        }
    }

    /// <summary>The first match of any of the terms (by position), or null.</summary>
    public TermMatch? First(IEnumerable<string> terms) =>
        Find(terms).OrderBy(match => match.Index).Cast<TermMatch?>().FirstOrDefault();

    public bool Contains(IEnumerable<string> terms) => Find(terms).Any();

    /// <summary>True when a term occurs only after a negation ("no vocals").</summary>
    public bool ContainsNegated(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var needle = Normalize(term);
            for (var start = Value.IndexOf(needle, StringComparison.Ordinal); start >= 0; start = Value.IndexOf(needle, start + 1, StringComparison.Ordinal))
            {
                if (IsWholeWord(start, needle.Length) && IsNegated(start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static char Normalize(char character) => character switch
    {
        '-' or '_' or '\u2010' or '\u2011' or '\u2013' => ' ',
        '\u2019' => '\'',
        _ => char.ToLowerInvariant(character),
    };

    private bool IsWholeWord(int start, int length)
    {
        var end = start + length;
        return (start == 0 || !char.IsLetterOrDigit(Value[start - 1]))
            && (end >= Value.Length || !char.IsLetterOrDigit(Value[end]));
    }

    // Looks at the two words before the match within the same comma-separated phrase: "no heavy drums".
    private bool IsNegated(int start)
    {
        var phraseStart = Value.LastIndexOfAny([',', '.', ';', ':', '/', '|', '(', '\n'], Math.Max(0, start - 1)) + 1;
        if (phraseStart > start)
        {
            return false;
        }

        var before = Value[phraseStart..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.TakeLast(2).Any(word => Negators.Contains(word));
    }
}
