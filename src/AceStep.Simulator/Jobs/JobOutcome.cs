namespace AceStep.Simulator.Jobs;

/// <summary>How a job ended, as the chat route needs it: the files and metadata, or the error text.</summary>
/// <param name="Files">Absolute paths of the generated files, in batch order.</param>
/// <param name="Song">The metadata the result reports.</param>
/// <param name="Error">Null on success; otherwise a Python-style traceback text.</param>
internal sealed record JobOutcome(IReadOnlyList<string> Files, SongDecision? Song, string? Error)
{
    public bool Succeeded => Error is null;
}
