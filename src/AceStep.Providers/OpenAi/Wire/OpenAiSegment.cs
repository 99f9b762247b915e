namespace AceStep.Providers.OpenAi.Wire;

internal sealed class OpenAiSegment
{
    public string? Text { get; set; }

    public double? Start { get; set; }

    public double? End { get; set; }
}
