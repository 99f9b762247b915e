namespace AceStep.Batch;

/// <summary>What registering a plan did: items new to the queue, and items it already had (a resumed plan).</summary>
public sealed record PlanRegistration(int Added, int AlreadyQueued);
