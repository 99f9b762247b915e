using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>Feeds the library's job progress into the renderer.</summary>
internal sealed class ProgressAdapter : IProgress<JobProgress>
{
    private readonly IProgress<ProgressSnapshot> _target;

    public ProgressAdapter(IProgress<ProgressSnapshot> target) => _target = target;

    public void Report(JobProgress value) => _target.Report(new ProgressSnapshot(
        Describe(value.State),
        value.Stage,
        value.Percent,
        value.QueuePosition,
        value.Elapsed,
        value.EstimatedRemaining));

    private static string Describe(JobState state) => state switch
    {
        JobState.Queued => "Queued",
        JobState.Running => "Generating",
        JobState.Succeeded => "Done",
        JobState.Failed => "Failed",
        _ => "Waiting",
    };
}
