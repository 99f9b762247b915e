namespace AceStep.Songwriting.Vocabulary;

/// <summary>The kinds of description a caption combines; a specific caption covers several.</summary>
internal enum CaptionDimension
{
    Genre,
    Emotion,
    Instruments,
    Timbre,
    Era,
    Production,
    Vocals,
    TempoFeel,
    Structure,
}
