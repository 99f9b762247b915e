namespace AceStep.Simulator.Jobs;

/// <summary>The job states of spec §6.1.</summary>
internal enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
