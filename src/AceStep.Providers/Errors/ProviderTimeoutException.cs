namespace AceStep.Providers;

/// <summary>An attempt passed its deadline (<see cref="ProviderOptions.RequestTimeout"/>) and the retries were used up.</summary>
public sealed class ProviderTimeoutException : ProviderException
{
    public ProviderTimeoutException(string message, ProviderErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
