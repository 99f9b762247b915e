namespace AceStep.Batch;

/// <summary>One item as the queue holds it.</summary>
public sealed record ItemRecord
{
    public required string BatchId { get; init; }

    public required string Key { get; init; }

    public required int Ordinal { get; init; }

    public int? LineNumber { get; init; }

    /// <summary>The canonical request (plan field names; never a key or audio bytes).</summary>
    public required string RequestJson { get; init; }

    public required ItemState State { get; init; }

    /// <summary>The server it was claimed for or submitted to (its address without credentials).</summary>
    public string? Server { get; init; }

    public ServerMode? Mode { get; init; }

    /// <summary>The server's job id once submitted (completion mode: the chat completion id once done).</summary>
    public string? JobId { get; init; }

    /// <summary>The runner holding the lease.</summary>
    public string? Owner { get; init; }

    /// <summary>When the lease ends unless renewed (the database's clock).</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>How many times it was sent to a server.</summary>
    public int Attempts { get; init; }

    /// <summary>How many times its download was started.</summary>
    public int Downloads { get; init; }

    /// <summary>The audio files written, by name, in the output folder.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public FailureKind? Failure { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public bool IsFinished => State is ItemState.Done or ItemState.Failed;
}
