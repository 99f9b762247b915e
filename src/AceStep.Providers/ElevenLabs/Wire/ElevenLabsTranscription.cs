namespace AceStep.Providers.ElevenLabs.Wire;

/// <summary>The answer of <c>/speech-to-text</c>; every member may be missing in a broken answer.</summary>
internal sealed class ElevenLabsTranscription
{
    public string? Text { get; set; }

    /// <summary>ISO 639-3 (<c>eng</c>) or ISO 639-1, as detected or as given.</summary>
    public string? LanguageCode { get; set; }

    public List<ElevenLabsWord?>? Words { get; set; }
}
