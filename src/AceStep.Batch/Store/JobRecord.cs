namespace AceStep.Batch;

/// <summary>
/// One job a server accepted, as the job ledger keeps it: every job id a server ever returned is written here in
/// the same transaction that moves its item to <see cref="ItemState.Submitted"/>. Single jobs outside a batch
/// (<c>acestep generate</c>) live here too, with no batch.
/// </summary>
public sealed record JobRecord
{
    public required string JobId { get; init; }

    /// <summary>The server's address without credentials.</summary>
    public required string Server { get; init; }

    public required ServerMode Mode { get; init; }

    /// <summary><c>submitted</c>, <c>succeeded</c>, <c>failed</c>, <c>lost</c>, <c>timed_out</c>, <c>interrupted</c>.</summary>
    public required string State { get; init; }

    public string? BatchId { get; init; }

    public string? ItemKey { get; init; }

    /// <summary>The request (canonical JSON for batch items; the application's own summary for single jobs).</summary>
    public string? RequestJson { get; init; }

    public string? OutputDirectory { get; init; }

    public IReadOnlyList<string> Files { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>The result document a single job's run saved (<c>status</c> and <c>transcribe</c> find its files through it).</summary>
    public string? ResultPath { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
