namespace AceStep.Providers.Audio;

/// <summary>ffmpeg is missing, failed on the input, or ran past its deadline; no output file was left behind.</summary>
public sealed class AudioCompressionException : Exception
{
    public AudioCompressionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
