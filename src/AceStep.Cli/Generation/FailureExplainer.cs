using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>What a failed job most likely means beyond the server's words (the hint shown with the error), or null.</summary>
internal delegate string? FailureExplainer(AceStepJobFailedException failure);
