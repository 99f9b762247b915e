namespace AceStep.Songwriting.Vocabulary;

/// <summary>Word lists for the lyric-text rules: placeholders, repeat shorthand, instrumental words, filler words and imagery.</summary>
internal static class LyricsVocabulary
{
    /// <summary>Text that stands in for lyrics not yet written: the model would sing it.</summary>
    public static string[] Placeholders { get; } =
    [
        "your lyrics here", "lyrics here", "your complete lyrics", "full chorus here", "chorus here", "verse here",
        "lorem ipsum", "insert lyrics", "add lyrics", "lyrics go here", "todo", "tbd",
    ];

    /// <summary>Whole lines (ignoring trailing dots) that name lyrics instead of being them: "Lyrics…", "New lyrics...".</summary>
    public static string[] PlaceholderLines { get; } = ["lyrics", "new lyrics", "your lyrics", "more lyrics", "lyrics go here"];

    /// <summary>A whole line that says "more of the same" instead of writing it.</summary>
    public static string[] EllipsisLines { get; } = ["...", "…", "etc", "etc.", "and so on", "[...]", "(...)"];

    /// <summary>Words that ask for a repeat the model will not perform.</summary>
    public static string[] RepeatWords { get; } = ["repeat", "repeats", "repeated"];

    /// <summary>Plain-text lines that were meant as instrumental markers but would be sung.</summary>
    public static string[] PlainInstrumentalMarkers { get; } =
    [
        "instrumental", "inst", "instrumental break", "instrumental intro", "instrumental outro", "guitar solo", "solo",
        "interlude", "music", "no lyrics", "no vocals",
    ];

    /// <summary>Small words that show a phrase is a sentence rather than a stacked adjective-noun pair.</summary>
    public static HashSet<string> FunctionWords { get; } = new(
        ("i you he she it we they me him her us them my your his its our their the a an to of in on at for with and or but " +
         "is are was were be been am do does did not no so if when where what who how this that these those there here " +
         "will would can could should just let go come").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Families of imagery; a song that leans on three or more of them mixes its metaphors.</summary>
    public static IReadOnlyDictionary<string, string[]> Imagery { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["water"] = ["ocean", "oceans", "sea", "seas", "river", "rivers", "wave", "waves", "tide", "tides", "drown", "drowning", "flood", "rain", "shore"],
        ["fire"] = ["fire", "fires", "flame", "flames", "burn", "burning", "burned", "blaze", "ember", "embers", "spark", "sparks", "ashes"],
        ["flight"] = ["fly", "flying", "flew", "wings", "wing", "soar", "soaring", "bird", "birds", "feather", "feathers"],
        ["ice"] = ["ice", "frozen", "freeze", "freezing", "snow", "frost", "winter"],
        ["storm"] = ["storm", "storms", "thunder", "lightning", "hurricane"],
        ["garden"] = ["bloom", "blooming", "flower", "flowers", "rose", "roses", "petal", "petals", "seed", "seeds", "garden"],
        ["stars"] = ["star", "stars", "galaxy", "galaxies", "comet", "constellation", "universe"],
    };
}
