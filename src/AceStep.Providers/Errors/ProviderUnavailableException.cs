namespace AceStep.Providers;

/// <summary>The provider could not be reached (DNS, refused or dropped connection, TLS) or kept failing (5xx) after the retries.</summary>
public sealed class ProviderUnavailableException : ProviderException
{
    public ProviderUnavailableException(string message, ProviderErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
