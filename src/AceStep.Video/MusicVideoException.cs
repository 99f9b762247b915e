namespace AceStep.Video;

/// <summary>The base of every error a render reports; the message says what went wrong and how to fix it.</summary>
public abstract class MusicVideoException : Exception
{
    protected MusicVideoException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
