namespace AceStep.Simulator.Providers;

/// <summary>
/// Where the provider fakes live on the simulator's own server: each service under a prefix of its own, since
/// OpenAI's <c>/v1/…</c> and ACE-Step's <c>/v1/…</c> would otherwise share a namespace. A client's <c>api_url</c> is
/// the server's address plus <c>openai/v1</c>, <c>elevenlabs/v1</c> or <c>gemini/v1beta</c>.
/// </summary>
public static class ProviderRoutePrefixes
{
    public const string OpenAi = "/openai";

    public const string ElevenLabs = "/elevenlabs";

    public const string Gemini = "/gemini";

    /// <summary>True for a request to one of the fakes: upstream's simulated process (its model load, its faults) does not touch them.</summary>
    internal static bool IsProviderPath(PathString path) =>
        path.StartsWithSegments(OpenAi, StringComparison.Ordinal)
        || path.StartsWithSegments(ElevenLabs, StringComparison.Ordinal)
        || path.StartsWithSegments(Gemini, StringComparison.Ordinal);
}
