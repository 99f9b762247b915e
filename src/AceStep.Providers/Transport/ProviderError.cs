namespace AceStep.Providers.Transport;

/// <summary>What an error body said, whatever its shape: a readable message and the provider's code.</summary>
/// <param name="KeyInvalid">The body names an invalid key although the status is not 401/403 (Gemini answers 400 <c>API_KEY_INVALID</c>).</param>
internal sealed record ProviderError(string? Message, string? Code, bool KeyInvalid = false);
