namespace AceStep.Songwriting.Text;

/// <summary>A vocabulary term found in a text: the term as listed, its 0-based index and its length there.</summary>
internal readonly record struct TermMatch(string Term, int Index, int Length)
{
    /// <summary>The 1-based column of the match.</summary>
    public int Column => Index + 1;
}
