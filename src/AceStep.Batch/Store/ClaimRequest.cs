namespace AceStep.Batch;

/// <summary>What a runner asks the queue for: the next item of a batch for one server.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="Owner">The runner's id.</param>
/// <param name="Server">The server's address without credentials.</param>
/// <param name="Capacity">How many jobs the server may hold at once (running and waiting), counted over every runner and batch.</param>
/// <param name="Lease">How long the claim lasts unless renewed.</param>
public sealed record ClaimRequest(string BatchId, string Owner, string Server, int Capacity, TimeSpan Lease);
