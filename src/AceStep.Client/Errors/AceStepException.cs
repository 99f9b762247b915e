namespace AceStep.Client;

/// <summary>
/// Base type of every error the client raises. The message always names the endpoint and, when the
/// server answered, its HTTP status and its own message. It never contains the API key.
/// </summary>
public class AceStepException : Exception
{
    public AceStepException()
    {
    }

    public AceStepException(string message)
        : base(message)
    {
    }

    public AceStepException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = details.StatusCode;
        ServerMessage = details.ServerMessage;
        Endpoint = details.Endpoint;
        JobMayStillRun = details.JobMayStillRun;
    }

    /// <summary>The HTTP status the server answered with, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The server's own message (a <c>detail</c>, an envelope <c>error</c>, a plain-text first line, the last line of a traceback).</summary>
    public string? ServerMessage { get; }

    /// <summary>The request that failed, e.g. <c>POST /release_task</c>.</summary>
    public string? Endpoint { get; }

    /// <summary>
    /// True when the request may have started work on the server even though it failed here (a chat
    /// request that hit the gateway timeout, a submission whose answer was lost). Do not resend blindly.
    /// </summary>
    public bool JobMayStillRun { get; }
}
