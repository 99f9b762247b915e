namespace AceStep.Cli.Commands.Init;

/// <summary><c>acestep init</c>, parsed: which DiT model and language model to load, and how long to wait for the load.</summary>
internal sealed record InitOptions(string? Model, string? LanguageModel, TimeSpan? Timeout);
