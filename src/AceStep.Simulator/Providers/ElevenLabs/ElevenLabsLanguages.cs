namespace AceStep.Simulator.Providers.ElevenLabs;

/// <summary>Scribe reports ISO 639-3 codes (<c>eng</c>, <c>zho</c>) whatever it was given.</summary>
internal static class ElevenLabsLanguages
{
    private static readonly Dictionary<string, string> ThreeLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "eng", ["zh"] = "zho", ["ja"] = "jpn", ["ko"] = "kor", ["es"] = "spa", ["fr"] = "fra",
        ["de"] = "deu", ["it"] = "ita", ["pt"] = "por", ["ru"] = "rus", ["ar"] = "ara", ["hi"] = "hin",
    };

    public static string CodeOf(string code) => ThreeLetter.TryGetValue(code, out var three) ? three : code.ToLowerInvariant();
}
