namespace AceStep.Client;

/// <summary>
/// The answer of a <c>/v1/lora/*</c> change. <see cref="Message"/> is the server's own text: one starting with ⚠️
/// is a success with a caveat (e.g. unloading when nothing was loaded).
/// </summary>
public sealed record LoraChange
{
    public string? Message { get; init; }

    public string? LoraPath { get; init; }

    public string? AdapterName { get; init; }

    public bool? Enabled { get; init; }

    public double? Scale { get; init; }

    /// <summary>True when the server's message is a warning (⚠️) rather than a plain success.</summary>
    public bool IsWarning => Message?.StartsWith("⚠", StringComparison.Ordinal) == true;
}
