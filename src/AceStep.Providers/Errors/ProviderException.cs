namespace AceStep.Providers;

/// <summary>
/// Base type of every error the provider clients raise. The message names the provider and the request and, when
/// the provider answered, its HTTP status and its own message. It never contains the API key.
/// </summary>
public class ProviderException : Exception
{
    public ProviderException(string message, ProviderErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Provider = details.Provider;
        Operation = details.Operation;
        StatusCode = details.StatusCode;
        ProviderMessage = details.ProviderMessage;
        ProviderCode = details.ProviderCode;
    }

    /// <summary><c>openai</c>, <c>elevenlabs</c> or <c>gemini</c>.</summary>
    public string Provider { get; }

    /// <summary>The request that failed, e.g. <c>POST /audio/transcriptions</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status the provider answered with, or null when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's own message (its <c>error.message</c>, <c>detail</c>, or a safe excerpt of a non-JSON page).</summary>
    public string? ProviderMessage { get; }

    /// <summary>The provider's machine-readable error code or status, when it gives one.</summary>
    public string? ProviderCode { get; }
}
