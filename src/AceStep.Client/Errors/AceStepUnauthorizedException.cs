namespace AceStep.Client;

/// <summary>The server answered 401: the API key is missing or wrong.</summary>
public sealed class AceStepUnauthorizedException : AceStepException
{
    public AceStepUnauthorizedException()
    {
    }

    public AceStepUnauthorizedException(string message)
        : base(message)
    {
    }

    public AceStepUnauthorizedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepUnauthorizedException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
