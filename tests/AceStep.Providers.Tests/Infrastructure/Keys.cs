namespace AceStep.Providers.Tests.Infrastructure;

/// <summary>Canary keys: distinctive enough that any piece of them found in a message is a leak, not a coincidence.</summary>
internal static class Keys
{
    public const string OpenAi = "sk-canaryOPENAIq7Zx93KeyTail";

    public const string ElevenLabs = "xi-canaryELEVENw4Vb28KeyTail";

    public const string Gemini = "AIza-canaryGEMINIp5Rt61KeyTail";

    /// <summary>Pieces of a key that a masked echo would show (its start and its last characters).</summary>
    public static IEnumerable<string> Fragments(string key) => [key, key[..10], key[^8..]];
}
