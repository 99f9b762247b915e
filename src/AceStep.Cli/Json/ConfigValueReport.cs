namespace AceStep.Cli.Json;

/// <summary>One setting in --json output. <c>value</c> of the API key is always masked.</summary>
internal sealed record ConfigValueReport(string Key, string? Value, string Source);
