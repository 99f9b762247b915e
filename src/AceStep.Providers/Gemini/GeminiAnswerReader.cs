using AceStep.Providers.Gemini.Wire;
using AceStep.Providers.Transport;

namespace AceStep.Providers.Gemini;

/// <summary>
/// Finds the image in a <c>generateContent</c> answer (the first inline image of the first candidate that is not an
/// interim "thought"), checks it is one (by its bytes, within the cap), or says why there is none: a blocked prompt,
/// a withheld image, or only text.
/// </summary>
internal sealed class GeminiAnswerReader(ProviderSettings settings, string operation, string model, int maxImageBytes)
{
    public GeneratedImage ImageFrom(GeminiResponse answer)
    {
        var candidate = answer.Candidates?.FirstOrDefault(static candidate => candidate is not null);
        var parts = candidate?.Content?.Parts?.Where(static part => part is not null).Select(static part => part!).ToList() ?? [];
        var text = ModelText(parts);
        var image = parts.FirstOrDefault(static part => part.InlineData?.Data is not null && part.Thought != true)?.InlineData;
        if (image?.Data is not { } bytes)
        {
            throw NotGenerated(answer.PromptFeedback, candidate, text);
        }

        if (bytes.Length > maxImageBytes)
        {
            throw ResponseJson.Broken(settings, operation, $"an image of {ByteSize.Format(bytes.Length)}, over the {ByteSize.Format(maxImageBytes)} allowed");
        }

        var format = ImageFormat.Sniff(bytes)
            ?? throw ResponseJson.Broken(settings, operation, $"inline data that is not an image (declared '{TextExcerpt.OneLine(image.MimeType ?? "no type", 40)}')");
        return new GeneratedImage(bytes, format.MimeType, format.Extension, model, text);
    }

    private ImageNotGeneratedException NotGenerated(GeminiPromptFeedback? feedback, GeminiCandidate? candidate, string? text)
    {
        var blockReason = Clean(feedback?.BlockReason);
        var finishReason = Clean(candidate?.FinishReason);
        var explanation = Clean(feedback?.BlockReasonMessage) ?? Clean(candidate?.FinishMessage);
        var why = blockReason is not null
            ? $"the prompt was blocked (blockReason {blockReason})"
            : finishReason is not null and not "STOP"
                ? $"it stopped without an image (finishReason {finishReason})"
                : "it answered without an image";
        var extra = string.Concat(
            explanation is null ? string.Empty : $" {explanation}.",
            text is null ? string.Empty : $" The model wrote: \"{text}\".");
        var advice = blockReason is not null || finishReason is "SAFETY" or "IMAGE_SAFETY" or "PROHIBITED_CONTENT" or "IMAGE_PROHIBITED_CONTENT" or "BLOCKLIST"
            ? " Rephrase the prompt, leaving out what a safety filter may object to."
            : " Try again, or rephrase the prompt.";
        return new ImageNotGeneratedException(
            $"Gemini ({model}) returned no image: {why}.{extra}{advice}",
            new ProviderErrorDetails(settings.Identity.Name, operation, 200, explanation, blockReason ?? finishReason),
            blockReason,
            finishReason,
            text);
    }

    /// <summary>Up to three text parts, shortened: what the model said instead of (or beside) the image.</summary>
    private static string? ModelText(List<GeminiPart> parts)
    {
        var texts = parts.Where(static part => part.Thought != true && !string.IsNullOrWhiteSpace(part.Text)).Take(3).Select(static part => part.Text!).ToList();
        return texts.Count == 0 ? null : TextExcerpt.OneLine(string.Join(" ", texts), 200);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : TextExcerpt.OneLine(value, 240);
}
