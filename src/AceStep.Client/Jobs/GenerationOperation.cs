using AceStep.Client.Jobs;

namespace AceStep.Client;

/// <summary>
/// A native generation job on the server (the shape of Azure's <c>Operation&lt;T&gt;</c> and openai-dotnet's batch
/// operations). Created by <see cref="AceStepClient.StartGenerationAsync"/>, or re-attached from its id alone with
/// <see cref="Rehydrate"/>. An operation tracks one waiter at a time; the client behind it is thread-safe.
/// </summary>
public sealed class GenerationOperation
{
    private static readonly TimeSpan OneHourRule = TimeSpan.FromHours(1);

    private readonly AceStepClient _client;
    private readonly DateTimeOffset _createdAt;
    private readonly DateTimeOffset? _submittedAt;
    private GenerationResult? _value;
    private AceStepJobFailedException? _failure;

    internal GenerationOperation(AceStepClient client, string id, int? queuePosition, IReadOnlyList<string> warnings, DateTimeOffset? submittedAt)
    {
        _client = client;
        Id = id;
        QueuePositionAtSubmission = queuePosition;
        Warnings = warnings;
        _submittedAt = submittedAt;
        _createdAt = client.Settings.TimeProvider.GetUtcNow();
    }

    /// <summary>The server's job id (a UUID). Keep it to re-attach later.</summary>
    public string Id { get; }

    /// <summary>The queue position the server reported at submission (1 = next); null for a re-attached job.</summary>
    public int? QueuePositionAtSubmission { get; }

    /// <summary>What the client had to work around when submitting, e.g. the local-path fallback for server version A.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True once the job has succeeded or failed.</summary>
    public bool HasCompleted => _value is not null || _failure is not null;

    /// <summary>The latest status seen, or null before the first poll.</summary>
    public JobStatus? LastStatus { get; private set; }

    /// <summary>The result of a succeeded job.</summary>
    /// <exception cref="InvalidOperationException">The job has not completed yet.</exception>
    /// <exception cref="AceStepJobFailedException">The job failed.</exception>
    public GenerationResult Value =>
        _value ?? throw (Exception?)_failure ?? new InvalidOperationException($"Job {Id} has not completed; call WaitForCompletionAsync first.");

    /// <summary>Re-attaches to a job by id, e.g. after the process restarted.</summary>
    /// <exception cref="ArgumentException">The id is not a valid job id.</exception>
    public static GenerationOperation Rehydrate(AceStepClient client, string id)
    {
        ArgumentNullException.ThrowIfNull(client);
        JobIdSanitizer.RequireSafe(id, nameof(id));
        return new GenerationOperation(client, id, queuePosition: null, warnings: [], submittedAt: null);
    }

    /// <summary>
    /// Polls the server once and records the status. A failure is recorded, not thrown; a failure reported for a
    /// submission older than an hour is not taken as final (see docs/protocol.md, "The one-hour rule": it may still succeed).
    /// </summary>
    public async Task<JobStatus> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var statuses = await _client.Native.QueryAsync([Id], timeout: null, cancellationToken).ConfigureAwait(false);
        var status = statuses[0];
        Record(status);
        if (status.State == JobState.Failed && !IsOlderThanOneHour(status, _client.Settings.TimeProvider.GetUtcNow()))
        {
            RecordFailure(JobWaiter.FailureOf(status));
        }

        return status;
    }

    /// <summary>
    /// Waits until the job finishes, polling adaptively and reporting progress. Transient failures (timeouts while
    /// the server loads its models, gateway errors, dropped connections) are waited out within the deadline.
    /// </summary>
    /// <param name="progress">Receives a report after every poll.</param>
    /// <param name="timeout">The overall wait; null uses <see cref="AceStepClientOptions.DefaultJobTimeout"/>.</param>
    /// <param name="cancellationToken">Stops waiting; the job keeps running on the server.</param>
    /// <exception cref="AceStepJobFailedException">The job failed.</exception>
    /// <exception cref="AceStepJobLostException">The server no longer knows the job.</exception>
    /// <exception cref="AceStepTimeoutException">The deadline passed; the job may still finish.</exception>
    public Task<GenerationResult> WaitForCompletionAsync(IProgress<JobProgress>? progress = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (_value is not null)
        {
            return Task.FromResult(_value);
        }

        if (_failure is not null)
        {
            return Task.FromException<GenerationResult>(_failure);
        }

        var waiter = new JobWaiter(_client, this, progress, timeout ?? _client.Settings.DefaultJobTimeout);
        return waiter.RunAsync(cancellationToken);
    }

    /// <summary>
    /// Downloads every file of the succeeded job to <paramref name="destination"/>'s folder as
    /// <c>{FileStem}_{n}.{ext}</c>, n from 1, the extension from the actual bytes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The job has not succeeded.</exception>
    public async Task<IReadOnlyList<SavedAudio>> DownloadAudioAsync(AudioDestination destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var result = Value;
        var saved = new List<SavedAudio>(result.Audio.Count);
        foreach (var audio in result.Audio)
        {
            var target = destination with { FileStem = $"{destination.FileStem}_{audio.Index}" };
            saved.Add(await _client.DownloadAudioAsync(audio.FileUrl, target, cancellationToken).ConfigureAwait(false));
        }

        return saved;
    }

    /// <summary>When the wait's clock starts: the submission when this process made it, else when the operation was created.</summary>
    internal DateTimeOffset StartedAt => _submittedAt ?? _createdAt;

    /// <summary>Age of the submission for the one-hour rule: the server's <c>create_time</c> when known.</summary>
    internal bool IsOlderThanOneHour(JobStatus status, DateTimeOffset now) =>
        now - (status.SubmittedAt ?? StartedAt) > OneHourRule;

    internal void Record(JobStatus status)
    {
        LastStatus = status;
        if (status.State == JobState.Succeeded && status.Result is not null)
        {
            _value = status.Result;
        }
    }

    internal void RecordFailure(AceStepJobFailedException failure) => _failure = failure;
}
