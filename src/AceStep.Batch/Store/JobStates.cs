namespace AceStep.Batch;

/// <summary>The ledger states of <see cref="JobRecord.State"/>, as written to the database.</summary>
public static class JobStates
{
    public const string Submitted = "submitted";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Lost = "lost";
    public const string TimedOut = "timed_out";
    public const string Interrupted = "interrupted";

    internal static string Of(FailureKind failure) => failure switch
    {
        FailureKind.Lost => Lost,
        FailureKind.TimedOut => TimedOut,
        FailureKind.Uncertain => Interrupted,
        _ => Failed,
    };
}
