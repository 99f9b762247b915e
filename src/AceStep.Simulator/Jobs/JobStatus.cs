namespace AceStep.Simulator.Jobs;

/// <summary>The job states in docs/protocol.md, "Job lifecycle".</summary>
internal enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
