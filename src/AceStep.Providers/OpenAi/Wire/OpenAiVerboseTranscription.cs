namespace AceStep.Providers.OpenAi.Wire;

/// <summary>The <c>verbose_json</c> answer of <c>/audio/transcriptions</c>; every member may be missing in a broken answer.</summary>
internal sealed class OpenAiVerboseTranscription
{
    public string? Text { get; set; }

    /// <summary>Whisper names the language in English words (<c>english</c>), not by code.</summary>
    public string? Language { get; set; }

    public double? Duration { get; set; }

    public List<OpenAiWord?>? Words { get; set; }

    public List<OpenAiSegment?>? Segments { get; set; }
}
