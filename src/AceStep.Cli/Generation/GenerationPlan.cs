using AceStep.Cli.Output;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>A checked generation, ready to send: the library request, what is recorded about it, and a label.</summary>
internal sealed record GenerationPlan(GenerationRequest Request, RequestSummary Summary, string Label)
{
    /// <summary>Options that only the 5Hz LM can honour (D11): worth a warning when the server has no LM.</summary>
    public IReadOnlyList<string> LmDependentOptions { get; init; } = [];
}
