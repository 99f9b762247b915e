namespace AceStep.Songwriting.Vocabulary;

/// <summary>Words for voices, in captions and in lyrics tags.</summary>
internal static class VocalVocabulary
{
    /// <summary>Words that say the song has a voice.</summary>
    public static string[] CaptionVocals { get; } =
    [
        "vocal", "vocals", "female vocal", "male vocal", "singer", "singing", "sung", "voice", "breathy", "powerful vocal",
        "falsetto", "raspy", "choir", "rap", "rapper", "rapping", "duet", "harmonies", "whispered", "crooning", "belting",
        "female", "male", "soprano", "tenor", "baritone",
    ];

    /// <summary>Words that say the song has no voice.</summary>
    public static string[] Instrumental { get; } = ["instrumental", "instrumentals"];

    public static string[] Female { get; } = ["female", "woman", "girl", "soprano", "alto"];

    public static string[] Male { get; } = ["male", "man", "boy", "baritone", "tenor"];

    /// <summary>A caption word and the lyrics-tag words that contradict it.</summary>
    public static IReadOnlyList<(string[] Caption, string[] Tag, string Why)> Conflicts { get; } =
    [
        (["smooth", "silky", "clean vocal", "clean vocals", "angelic"], ["raspy", "raspy vocal", "gritty", "growl", "growled"], "a smooth voice cannot also be raspy"),
        (["raspy", "gritty", "growl"], ["smooth", "silky", "angelic"], "a raspy voice cannot also be smooth"),
    ];
}
