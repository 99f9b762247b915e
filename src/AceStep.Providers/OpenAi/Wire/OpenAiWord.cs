namespace AceStep.Providers.OpenAi.Wire;

internal sealed class OpenAiWord
{
    public string? Word { get; set; }

    public double? Start { get; set; }

    public double? End { get; set; }
}
