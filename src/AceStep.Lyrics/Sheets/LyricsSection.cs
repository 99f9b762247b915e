namespace AceStep.Lyrics.Sheets;

/// <summary>One section of a lyric sheet: its tag as written (without brackets; null for an untagged paragraph), its kind and its sung lines.</summary>
public sealed record LyricsSection(string? Tag, SectionKind Kind, IReadOnlyList<string> Lines)
{
    /// <summary>True for a section that has music but nothing to sing: an intro, a solo, a tagged section with no lines.</summary>
    public bool IsInstrumental => Lines.Count == 0;
}
