namespace AceStep.Batch;

/// <summary>One server's share of the batch, and whether it is paused.</summary>
public sealed record ServerProgress(string Server, ItemCounts Counts, bool Paused);
