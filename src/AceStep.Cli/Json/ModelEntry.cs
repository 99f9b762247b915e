namespace AceStep.Cli.Json;

/// <summary>One model: the id the completion protocol takes and the bare name native <c>--model</c> takes.</summary>
internal sealed record ModelEntry(string Id, string NativeName, string? Name);
