namespace AceStep.Providers;

/// <summary>
/// The provider answered, but with no timed words: an instrumental, vocals too buried to recognise, or an answer
/// without a word list. There is nothing to build timed lyrics from.
/// </summary>
public sealed class NoWordsRecognizedException : ProviderException
{
    public NoWordsRecognizedException(string message, ProviderErrorDetails details, string? recognizedText)
        : base(message, details)
    {
        RecognizedText = recognizedText;
    }

    /// <summary>The plain text the provider returned, if any (it may have text but no word timestamps).</summary>
    public string? RecognizedText { get; }
}
