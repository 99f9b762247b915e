using System.Text.Json.Serialization;

namespace AceStep.Batch.Tests.Support;

/// <summary>The simulator's admin request that moves its clock.</summary>
internal sealed record ClockAdvance([property: JsonPropertyName("advance_seconds")] double AdvanceSeconds);
