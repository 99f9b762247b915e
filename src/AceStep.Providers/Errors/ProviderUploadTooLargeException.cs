namespace AceStep.Providers;

/// <summary>
/// The audio file is larger than the provider accepts: refused before uploading when the limit is known (OpenAI's
/// 25 MiB), or answered with 413. Compress it first, e.g. with <see cref="Audio.FfmpegAudioCompressor"/>.
/// </summary>
public sealed class ProviderUploadTooLargeException : ProviderException
{
    public ProviderUploadTooLargeException(string message, ProviderErrorDetails details, long? fileBytes, long? limitBytes, Exception? innerException = null)
        : base(message, details, innerException)
    {
        FileBytes = fileBytes;
        LimitBytes = limitBytes;
    }

    public long? FileBytes { get; }

    public long? LimitBytes { get; }
}
