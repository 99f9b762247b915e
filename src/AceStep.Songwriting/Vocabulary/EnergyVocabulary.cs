namespace AceStep.Songwriting.Vocabulary;

/// <summary>High- and low-energy words, for comparing the caption's mood with the lyrics' energy tags.</summary>
internal static class EnergyVocabulary
{
    public static string[] CaptionHigh { get; } =
    [
        "energetic", "euphoric", "aggressive", "explosive", "intense", "hype", "upbeat", "anthemic", "fierce", "high energy",
        "powerful", "party", "hard hitting", "rowdy", "frantic",
    ];

    public static string[] CaptionLow { get; } =
    [
        "melancholic", "sad", "intimate", "calm", "peaceful", "gentle", "soft", "mellow", "tender", "somber", "sombre",
        "quiet", "chill", "laid-back", "lullaby", "soothing", "low energy", "serene", "relaxing", "meditative", "sleepy",
        "ambient",
    ];

    public static string[] TagHigh { get; } = ["high energy", "explosive", "aggressive", "euphoric", "powerful", "anthemic", "intense"];

    public static string[] TagLow { get; } = ["low energy", "melancholic", "dreamy", "calm", "soft", "gentle", "tender", "mellow"];

    /// <summary>
    /// Words that describe a change over time ("starts soft, becomes…", "building to"): with them a caption may hold both
    /// ends of a contrast on purpose.
    /// </summary>
    public static string[] Evolution { get; } =
    [
        "building", "builds", "build up", "starts", "start with", "starting", "becomes", "becoming", "turns", "turning",
        "transitions", "evolves", "evolving", "rising", "rises", "crescendo", "then", "ends with", "ending with", "later",
        "middle", "→", "->", "gradually", "grows",
    ];
}
