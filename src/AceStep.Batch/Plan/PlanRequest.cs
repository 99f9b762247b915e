using AceStep.Client;

namespace AceStep.Batch;

/// <summary>A checked request and its canonical JSON (what the queue stores and the item key hashes).</summary>
internal sealed record PlanRequest(string CanonicalJson, GenerationRequest Request);
