namespace AceStep.Batch;

/// <summary>Why an item failed; decides what a retry does (see <see cref="IBatchStore.RequeueFailedAsync"/>).</summary>
public enum FailureKind
{
    /// <summary>The request was refused before it ran (invalid field, missing source file, 4xx); fix the plan.</summary>
    Rejected,

    /// <summary>The server ran the job and reported it failed.</summary>
    JobFailed,

    /// <summary>The server no longer knows the job (it restarted or expired it).</summary>
    Lost,

    /// <summary>The job did not finish within the job timeout; it may still finish on the server.</summary>
    TimedOut,

    /// <summary>The submission may have reached the server but its answer never arrived: not sent again automatically.</summary>
    Uncertain,

    /// <summary>The job succeeded but its audio could not be downloaded after several tries.</summary>
    Download,
}
