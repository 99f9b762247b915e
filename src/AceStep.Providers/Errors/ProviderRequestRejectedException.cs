namespace AceStep.Providers;

/// <summary>The provider refused the request itself (400, 404, 422, …): an unknown model, an unsupported file, a bad parameter. Retrying the same request does not help.</summary>
public sealed class ProviderRequestRejectedException : ProviderException
{
    public ProviderRequestRejectedException(string message, ProviderErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
