namespace AceStep.Client;

/// <summary>The server answered 503: its models are not loaded yet (warm it up with POST /v1/init) or a component is disabled.</summary>
public sealed class AceStepNotReadyException : AceStepException
{
    public AceStepNotReadyException()
    {
    }

    public AceStepNotReadyException(string message)
        : base(message)
    {
    }

    public AceStepNotReadyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepNotReadyException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
