namespace AceStep.Songwriting;

/// <summary>The part of the draft a finding is about.</summary>
public enum LintTarget
{
    Caption,
    Lyrics,
    Bpm,
    KeyScale,
    TimeSignature,
    Duration,
    VocalLanguage,
    Instrumental,
}
