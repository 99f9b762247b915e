namespace AceStep.Client.Native.Wire;

/// <summary><c>data.jobs</c> of <c>/v1/stats</c>.</summary>
internal sealed class StatsJobs
{
    public int? Total { get; set; }

    public int? Queued { get; set; }

    public int? Running { get; set; }

    public int? Succeeded { get; set; }

    public int? Failed { get; set; }
}
