namespace AceStep.Client;

/// <summary>The server's answer breaks the contract: not JSON where JSON is expected, invalid base64, a hostile job id, an oversize body, bytes that are not audio.</summary>
public sealed class AceStepProtocolException : AceStepException
{
    public AceStepProtocolException()
    {
    }

    public AceStepProtocolException(string message)
        : base(message)
    {
    }

    public AceStepProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepProtocolException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
