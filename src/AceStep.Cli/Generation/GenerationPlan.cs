using AceStep.Cli.Output;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>A checked generation, ready to send: the library request, what is recorded about it, and a label.</summary>
internal sealed record GenerationPlan(GenerationRequest Request, RequestSummary Summary, string Label)
{
    /// <summary>
    /// Options that only the 5Hz LM can honour (thinking, use_format, a description, a random song): a server
    /// without the LM fails such jobs without saying why, so they are worth a warning before sending.
    /// </summary>
    public IReadOnlyList<string> LmDependentOptions { get; init; } = [];
}
