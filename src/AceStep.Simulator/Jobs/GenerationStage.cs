namespace AceStep.Simulator.Jobs;

/// <summary>One step of the progress sequence in docs/protocol.md, "Job lifecycle", with its share of the job's generation time.</summary>
internal sealed record GenerationStage(double Progress, string Stage, double Weight);
