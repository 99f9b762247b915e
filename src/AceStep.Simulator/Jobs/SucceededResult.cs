namespace AceStep.Simulator.Jobs;

/// <summary>The fields of a succeeded result item (see docs/protocol.md, "Polling: /query_result"), besides the per-file URL.</summary>
internal sealed record SucceededResult(
    IReadOnlyList<string> FileUrls, SongDecision Song, string GenerationInfo, string SeedValue, string LmModel, string DitModel);
