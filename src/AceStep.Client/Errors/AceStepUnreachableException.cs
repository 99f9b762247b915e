namespace AceStep.Client;

/// <summary>The server could not be reached: connection refused, DNS failure, TLS failure, or the connection dropped before an answer.</summary>
public sealed class AceStepUnreachableException : AceStepException
{
    public AceStepUnreachableException()
    {
    }

    public AceStepUnreachableException(string message)
        : base(message)
    {
    }

    public AceStepUnreachableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepUnreachableException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
