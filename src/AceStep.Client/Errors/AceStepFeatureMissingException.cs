namespace AceStep.Client;

/// <summary>
/// The server does not have the route at all (FastAPI's bare 404 <c>Not Found</c>): an older server version than
/// the feature needs, such as <c>POST /v1/transcribe</c> on servers before it was added.
/// </summary>
public sealed class AceStepFeatureMissingException : AceStepException
{
    public AceStepFeatureMissingException()
    {
    }

    public AceStepFeatureMissingException(string message)
        : base(message)
    {
    }

    public AceStepFeatureMissingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepFeatureMissingException(string message, AceStepErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
