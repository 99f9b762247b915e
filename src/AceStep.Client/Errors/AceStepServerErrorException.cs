namespace AceStep.Client;

/// <summary>The server answered 500 (JSON detail, plain text, or a Python traceback), or an envelope carried code 500.</summary>
public sealed class AceStepServerErrorException : AceStepException
{
    public AceStepServerErrorException()
    {
    }

    public AceStepServerErrorException(string message)
        : base(message)
    {
    }

    public AceStepServerErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepServerErrorException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
