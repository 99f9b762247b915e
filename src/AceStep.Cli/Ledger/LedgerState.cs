namespace AceStep.Cli.Ledger;

/// <summary>The states a ledger entry moves through. Strings, because they are written to disk and --json.</summary>
internal static class LedgerState
{
    public const string Submitted = "submitted";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Lost = "lost";
    public const string TimedOut = "timed_out";
    public const string Interrupted = "interrupted";

    /// <summary>Whether a job in this state may still produce a result worth waiting for.</summary>
    public static bool IsUnfinished(string state) => state is Submitted or TimedOut or Interrupted;
}
