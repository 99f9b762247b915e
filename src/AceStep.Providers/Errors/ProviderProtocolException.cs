namespace AceStep.Providers;

/// <summary>The provider answered 200 with something that breaks its API contract: not JSON, missing fields, invalid base64, impossible times, or a body over the cap.</summary>
public sealed class ProviderProtocolException : ProviderException
{
    public ProviderProtocolException(string message, ProviderErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
