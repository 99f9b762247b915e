namespace AceStep.Providers;

/// <summary>
/// The provider refused the key (401, 403, or Gemini's 400 <c>API_KEY_INVALID</c>): it is missing, wrong, revoked,
/// without billing or without access to the model. The message says where to get or check a key.
/// </summary>
public sealed class ProviderAuthenticationException : ProviderException
{
    public ProviderAuthenticationException(string message, ProviderErrorDetails details, string keyPage, Exception? innerException = null)
        : base(message, details, innerException)
    {
        KeyPage = keyPage;
    }

    /// <summary>Where the provider's keys are created and managed, e.g. <c>https://platform.openai.com/api-keys</c>.</summary>
    public string KeyPage { get; }
}
