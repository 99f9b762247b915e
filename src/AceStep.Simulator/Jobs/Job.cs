using AceStep.Simulator.Requests;

namespace AceStep.Simulator.Jobs;

/// <summary>One generation job in the in-memory store (see docs/protocol.md, "Job lifecycle": the job store).</summary>
internal sealed class Job
{
    private readonly TaskCompletionSource<JobOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile QueryEntry _storeEntry;

    public Job(string id, JobKind kind, GenerationParameters parameters, DateTimeOffset createdAt, IReadOnlyList<string> temporaryFiles)
    {
        Id = id;
        Kind = kind;
        Parameters = parameters;
        CreatedAt = createdAt;
        TemporaryFiles = temporaryFiles;
        _storeEntry = ResultItems.QueuedEntry(CreateTimeSeconds, createdAt);
    }

    public string Id { get; }

    public JobKind Kind { get; }

    public GenerationParameters Parameters { get; }

    public DateTimeOffset CreatedAt { get; }

    public long CreateTimeSeconds => CreatedAt.ToUnixTimeSeconds();

    /// <summary>Uploaded or decoded input files, deleted when the job ends.</summary>
    public IReadOnlyList<string> TemporaryFiles { get; }

    public JobStatus Status { get; private set; } = JobStatus.Queued;

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The store's view of the job, used when the result cache has no entry.</summary>
    public QueryEntry StoreEntry => _storeEntry;

    public Task<JobOutcome> Completion => _completion.Task;

    public void MarkRunning() => Status = JobStatus.Running;

    public void Succeed(JobOutcome outcome, DateTimeOffset now)
    {
        Status = JobStatus.Succeeded;
        FinishedAt = now;
        _completion.TrySetResult(outcome);
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = JobStatus.Failed;
        FinishedAt = now;
        _completion.TrySetResult(new JobOutcome([], null, error));
    }

    /// <summary>Model initialisation failed before the job could start: only the store knows, with the error text (see docs/protocol.md, "Polling: /query_result").</summary>
    public void FailBeforeStart(string error, DateTimeOffset now)
    {
        _storeEntry = ResultItems.FailedBeforeStartEntry(CreateTimeSeconds, error, now);
        Fail(error, now);
    }

    /// <summary>The server "restarted" under the job: a waiting chat request loses its connection.</summary>
    public void Abandon() => _completion.TrySetCanceled();
}
