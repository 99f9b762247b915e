using System.Text.RegularExpressions;

namespace AceStep.Cli.Generation;

/// <summary>
/// The keys and vocal languages the ACE-Step 1.5 model was trained with. The server passes any text through, so a
/// value outside these is not an error, but the model ignores it: the user hears about it before waiting minutes.
/// </summary>
internal static partial class ModelVocabulary
{
    public const int ShortestSeconds = 10;
    public const int LongestSeconds = 600;

    /// <summary>The model's vocal languages (ISO 639-1, plus <c>yue</c> for Cantonese and <c>unknown</c> = detect).</summary>
    public static IReadOnlyList<string> Languages { get; } =
    [
        "ar", "az", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hr", "ht", "hu", "id",
        "is", "it", "ja", "ko", "la", "lt", "ms", "ne", "nl", "no", "pa", "pl", "pt", "ro", "ru", "sa", "sk", "sr", "sv", "sw",
        "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "yue", "zh", "unknown",
    ];

    public static bool IsKnownLanguage(string code) => Languages.Contains(code.Trim().ToLowerInvariant());

    /// <summary>A note A–G, an optional sharp or flat, then major or minor: "C major", "F# minor", "B♭ major".</summary>
    public static bool IsKnownKey(string keyScale) => KeyPattern().IsMatch(keyScale);

    [GeneratedRegex(@"^\s*[A-Ga-g]\s*[#♯b♭]?\s*(?i:major|minor)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
