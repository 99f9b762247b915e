namespace AceStep.Providers.ElevenLabs.Wire;

/// <summary>One item of <c>words</c>: <c>type</c> is <c>word</c>, <c>spacing</c> (the blank between words) or <c>audio_event</c>.</summary>
internal sealed class ElevenLabsWord
{
    public string? Text { get; set; }

    public double? Start { get; set; }

    public double? End { get; set; }

    public string? Type { get; set; }
}
