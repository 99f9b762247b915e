namespace AceStep.Client;

/// <summary>The server rejected the request (400, 415, 422 and other 4xx), or the request is invalid before sending.</summary>
public sealed class AceStepInvalidRequestException : AceStepException
{
    public AceStepInvalidRequestException()
    {
    }

    public AceStepInvalidRequestException(string message)
        : base(message)
    {
    }

    public AceStepInvalidRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepInvalidRequestException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
