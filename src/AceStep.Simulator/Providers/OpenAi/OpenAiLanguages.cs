namespace AceStep.Simulator.Providers.OpenAi;

/// <summary>Whisper reports the language by its English name (<c>english</c>), not its code.</summary>
internal static class OpenAiLanguages
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "english", ["zh"] = "chinese", ["ja"] = "japanese", ["ko"] = "korean", ["es"] = "spanish", ["fr"] = "french",
        ["de"] = "german", ["it"] = "italian", ["pt"] = "portuguese", ["ru"] = "russian", ["ar"] = "arabic", ["hi"] = "hindi",
    };

    public static string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code.ToLowerInvariant();
}
