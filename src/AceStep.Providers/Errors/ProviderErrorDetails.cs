namespace AceStep.Providers;

/// <summary>What is known about a failed exchange with a provider; carried by every <see cref="ProviderException"/>.</summary>
/// <param name="Provider">The provider's name as users select it: <c>openai</c>, <c>elevenlabs</c>, <c>gemini</c>.</param>
/// <param name="Operation">The request that failed, e.g. <c>POST /audio/transcriptions</c>.</param>
/// <param name="StatusCode">The HTTP status, or null when no answer arrived.</param>
/// <param name="ProviderMessage">The provider's own message, shortened to one line, with any echo of the key removed.</param>
/// <param name="ProviderCode">The provider's machine-readable code (<c>invalid_api_key</c>, <c>RESOURCE_EXHAUSTED</c>, …) when it gives one.</param>
public sealed record ProviderErrorDetails(
    string Provider,
    string Operation,
    int? StatusCode = null,
    string? ProviderMessage = null,
    string? ProviderCode = null);
