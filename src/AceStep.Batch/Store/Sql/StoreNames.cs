namespace AceStep.Batch.Store;

/// <summary>The words the database holds for states, failures and modes (readable in plain SQL).</summary>
internal static class StoreNames
{
    public static string Of(ItemState state) => state switch
    {
        ItemState.Pending => "pending",
        ItemState.Claimed => "claimed",
        ItemState.Submitting => "submitting",
        ItemState.Submitted => "submitted",
        ItemState.Downloading => "downloading",
        ItemState.Done => "done",
        _ => "failed",
    };

    public static string Of(FailureKind failure) => failure switch
    {
        FailureKind.Rejected => "rejected",
        FailureKind.JobFailed => "job_failed",
        FailureKind.Lost => "lost",
        FailureKind.TimedOut => "timed_out",
        FailureKind.Uncertain => "uncertain",
        _ => "download",
    };

    public static string Of(ServerMode mode) => mode == ServerMode.Native ? "native" : "completion";

    public static ItemState ParseState(string text) =>
        Enum.GetValues<ItemState>().First(state => Of(state) == text);

    public static FailureKind ParseFailure(string text) =>
        Enum.GetValues<FailureKind>().First(failure => Of(failure) == text);

    public static ServerMode ParseMode(string text) => text == "completion" ? ServerMode.Completion : ServerMode.Native;
}
