namespace AceStep.Client;

/// <summary>
/// Something answers at the address, but not an ACE-Step API: a web page, or "not found" on a route every ACE-Step
/// server has. Usually a wrong port or path in the endpoint; resending will not help.
/// </summary>
public sealed class AceStepWrongServerException : AceStepException
{
    public AceStepWrongServerException()
    {
    }

    public AceStepWrongServerException(string message)
        : base(message)
    {
    }

    public AceStepWrongServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepWrongServerException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
