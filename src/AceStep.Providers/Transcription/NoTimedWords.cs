using AceStep.Providers.Transport;

namespace AceStep.Providers.Transcription;

/// <summary>The one way an answer without timed words is reported, for every transcription provider.</summary>
internal static class NoTimedWords
{
    public static NoWordsRecognizedException Create(ProviderIdentity identity, string model, string operation, AudioUpload upload, bool hadWordList, string? recognizedText, string? missingListHint = null)
    {
        var text = string.IsNullOrWhiteSpace(recognizedText) ? null : TextExcerpt.OneLine(recognizedText, 200);
        var why = !hadWordList
            ? "its answer has no word list" + (missingListHint is null ? string.Empty : $" ({missingListHint})")
            : text is null ? "it heard no words (an instrumental, or vocals too quiet?)" : $"it heard '{text}' but gave no word times";
        return new NoWordsRecognizedException(
            $"{identity.DisplayName} ({model}) returned no timed words for {Path.GetFileName(upload.Path)}: {why}.",
            new ProviderErrorDetails(identity.Name, operation, 200),
            text);
    }
}
