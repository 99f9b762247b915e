namespace AceStep.Client;

/// <summary>The server answered 429: its job queue is full. Retry later.</summary>
public sealed class AceStepQueueFullException : AceStepException
{
    public AceStepQueueFullException()
    {
    }

    public AceStepQueueFullException(string message)
        : base(message)
    {
    }

    public AceStepQueueFullException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepQueueFullException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
