namespace AceStep.Lyrics.Sheets;

/// <summary>What a section of a song is for; only <see cref="Vocal"/> sections are expected to carry sung lines.</summary>
public enum SectionKind
{
    /// <summary>Verse, chorus, bridge, hook, an untagged paragraph…</summary>
    Vocal,

    Intro,

    Outro,

    /// <summary>Instrumental, solos, interludes, breaks, drops: music without singing.</summary>
    Instrumental,

    Silence,
}
