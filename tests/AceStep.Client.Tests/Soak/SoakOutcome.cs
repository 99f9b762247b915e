namespace AceStep.Client.Tests.Soak;

/// <summary>How a soak job ended. Every job ends in exactly one of these; none may stay unaccounted for.</summary>
internal enum SoakOutcome
{
    /// <summary>Waited for and downloaded: its files are in its folder.</summary>
    Completed,

    /// <summary>The server reported the job failed.</summary>
    Failed,

    /// <summary>The server forgot the job (restart).</summary>
    Lost,

    /// <summary>The submission was refused (429, 500, 503): no job id was given.</summary>
    Rejected,

    /// <summary>The wait deadline passed (e.g. the job that was running during the restart).</summary>
    TimedOut,

    /// <summary>The job succeeded but its audio could not be fetched; the error says why.</summary>
    DownloadFailed,
}
