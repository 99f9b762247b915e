using AceStep.Client;

namespace AceStep.Batch;

/// <summary>One song of a plan.</summary>
/// <param name="Key">
/// Stable identity: a hash of the normalised request (and of how many identical requests came before it in the
/// plan), so the same plan run again finds its items instead of adding them twice.
/// </param>
/// <param name="Ordinal">The item's position in the plan, from 1; the queue hands out items in this order.</param>
/// <param name="LineNumber">The plan file's line it came from (JSONL), when there is one.</param>
/// <param name="RequestJson">The canonical request as the queue stores it (plan field names, sorted).</param>
/// <param name="Request">The request itself.</param>
public sealed record BatchItem(string Key, int Ordinal, int? LineNumber, string RequestJson, GenerationRequest Request);
