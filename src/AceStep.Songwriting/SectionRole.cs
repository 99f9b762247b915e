namespace AceStep.Songwriting;

/// <summary>How a section spends time in the duration estimate.</summary>
public enum SectionRole
{
    /// <summary>Sung lines (verse, chorus, bridge, or any section with lyrics).</summary>
    Vocal,
    Intro,
    Outro,
    /// <summary>No sung lines: a solo, an interlude, a drop, an empty section.</summary>
    Instrumental,
    Silence,
}
