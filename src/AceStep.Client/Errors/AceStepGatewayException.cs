namespace AceStep.Client;

/// <summary>A gateway answered 502, 504 or 52x. After a 504 on a chat request the job keeps running on the server (see JobMayStillRun).</summary>
public sealed class AceStepGatewayException : AceStepException
{
    public AceStepGatewayException()
    {
    }

    public AceStepGatewayException(string message)
        : base(message)
    {
    }

    public AceStepGatewayException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepGatewayException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
