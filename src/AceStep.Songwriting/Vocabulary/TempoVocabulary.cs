namespace AceStep.Songwriting.Vocabulary;

/// <summary>Tempo and meter words in a caption, and the BPM bands they imply (slow 60–80, mid 90–120, fast 130–180).</summary>
internal static class TempoVocabulary
{
    public static string[] Slow { get; } = ["slow", "slow tempo", "ballad", "downtempo", "lullaby", "adagio", "largo"];

    public static string[] Fast { get; } = ["fast", "fast-paced", "uptempo", "up-tempo", "high tempo", "rapid", "frantic", "double time"];

    public static string[] Mid { get; } = ["mid-tempo", "midtempo", "moderate tempo"];

    public static string[] TripleMeter { get; } = ["waltz"];

    /// <summary>A BPM at or above this is fast: a slow caption with it confuses the model.</summary>
    public const int FastFrom = 130;

    /// <summary>A BPM at or below this is slow.</summary>
    public const int SlowUpTo = 80;

    public const int MidLowest = 80;

    public const int MidHighest = 130;
}
