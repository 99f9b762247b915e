namespace AceStep.Client.Jobs;

/// <summary>One wait for a job: the poll loop behind <see cref="GenerationOperation.WaitForCompletionAsync"/>.</summary>
internal sealed class JobWaiter
{
    private const string QueryEndpoint = "POST /query_result";

    private readonly AceStepClient _client;
    private readonly GenerationOperation _operation;
    private readonly IProgress<JobProgress>? _progress;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly PollSchedule _schedule;
    private readonly JobEstimator _estimator;
    private DateTimeOffset? _unknownSince;
    private int _oldFailureRechecks;
    private int _consecutiveUnreachable;

    public JobWaiter(AceStepClient client, GenerationOperation operation, IProgress<JobProgress>? progress, TimeSpan timeout)
    {
        _client = client;
        _operation = operation;
        _progress = progress;
        _timeout = timeout;
        _time = client.Settings.TimeProvider;
        _schedule = new PollSchedule(client.Settings);
        _estimator = new JobEstimator(operation.QueuePositionAtSubmission, operation.StartedAt);
    }

    public static AceStepJobFailedException FailureOf(JobStatus status) =>
        // The store keeps a reason only for jobs that failed before starting (see docs/protocol.md, "Polling: /query_result"); otherwise the server's
        // global last log line is all there is, and it may belong to another job.
        status.Error is { } error
            ? new AceStepJobFailedException(status.JobId, error, QueryEndpoint)
            : AceStepJobFailedException.WithoutReason(status.JobId, status.ProgressText, QueryEndpoint);

    public async Task<GenerationResult> RunAsync(CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + _timeout;
        await LoadAverageJobTimeAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var now = _time.GetUtcNow();
            if (now >= deadline)
            {
                throw TimedOut();
            }

            var pollTimeout = Min(_client.Settings.RequestTimeout, deadline - now);
            TimeSpan delay;
            try
            {
                var statuses = await _client.Native.QueryAsync([_operation.Id], pollTimeout, cancellationToken, retry: false).ConfigureAwait(false);
                _consecutiveUnreachable = 0;
                var outcome = Handle(statuses[0]);
                if (outcome is not null)
                {
                    return outcome;
                }

                delay = statuses[0].State == JobState.Failed
                    ? _client.Settings.OldJobFailureRecheckInterval
                    : _schedule.Next(statuses[0].State, _estimator.Remaining(statuses[0].State, statuses[0].Progress, _time.GetUtcNow()));
            }
            catch (AceStepException error) when (IsWorthWaitingOut(error))
            {
                delay = _client.Settings.Retry.DelayFor(Math.Max(0, _consecutiveUnreachable - 1), _client.Settings.Random, retryAfter: null);
                Report(JobState.Unknown, stage: null, progress: null, message: DescribeWait(error));
            }

            var remaining = deadline - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut();
            }

            await Task.Delay(Min(delay, remaining), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Returns the result when the job succeeded, throws when it is over, and returns null to keep polling.</summary>
    private GenerationResult? Handle(JobStatus status)
    {
        var now = _time.GetUtcNow();
        _operation.Record(status);
        switch (status.State)
        {
            case JobState.Succeeded:
                Report(status, now);
                return _operation.Value;
            case JobState.Failed when _operation.IsOlderThanOneHour(status, now) && _oldFailureRechecks < _client.Settings.OldJobFailureRechecks:
                // The server reports status 2 for any unfinished job submitted over an hour ago, and may
                // report 1 later (see docs/protocol.md, "The one-hour rule"): look again before believing it.
                _oldFailureRechecks++;
                Report(status, now, "The server reports this old job as failed; checking again, as it may still finish.");
                return null;
            case JobState.Failed:
                var failure = FailureOf(status);
                _operation.RecordFailure(failure);
                throw failure;
            case JobState.Unknown:
                _unknownSince ??= now;
                if (now - _unknownSince.Value >= _client.Settings.LostJobGracePeriod)
                {
                    throw new AceStepJobLostException(_operation.Id, now - _unknownSince.Value, QueryEndpoint);
                }

                Report(status, now, "The server does not know this job (yet); it may have been lost in a restart.");
                return null;
            default:
                _unknownSince = null;
                _oldFailureRechecks = 0;
                Report(status, now);
                return null;
        }
    }

    private bool IsWorthWaitingOut(AceStepException error)
    {
        switch (error)
        {
            case AceStepTimeoutException or AceStepGatewayException or AceStepNotReadyException or AceStepQueueFullException:
                return true;
            case AceStepUnreachableException:
                // A hanging server is waited out; one that refuses connections again and again is down.
                _consecutiveUnreachable++;
                return _consecutiveUnreachable <= _client.Settings.Retry.MaxRetries;
            case AceStepServerErrorException or AceStepProtocolException:
                // A broken answer may be a one-off (a proxy hiccup, a truncated body); a server that keeps
                // answering nonsense is reported after the usual number of retries.
                _consecutiveUnreachable++;
                return _consecutiveUnreachable <= _client.Settings.Retry.MaxRetries;
            default:
                return false;
        }
    }

    private static string DescribeWait(AceStepException error) => error switch
    {
        AceStepTimeoutException => "The server is not answering; it may be loading its models (this can take minutes on first use). Still waiting.",
        AceStepGatewayException => $"A gateway error ({error.StatusCode}); retrying.",
        AceStepNotReadyException => "The server is not ready yet; retrying.",
        AceStepQueueFullException => "The server is busy; retrying.",
        _ => $"The server could not be reached ({error.Message}); retrying.",
    };

    private async Task LoadAverageJobTimeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var stats = await _client.Native.GetStatsAsync(cancellationToken, retry: false).ConfigureAwait(false);
            _estimator.AverageJobSeconds = stats.AverageJobSeconds;
        }
        catch (AceStepException)
        {
            // /v1/stats needs header auth and may be missing or hanging: the estimate is optional.
        }
    }

    private void Report(JobStatus status, DateTimeOffset now, string? message = null) =>
        Report(status.State, status.Stage, status.Progress, message, now);

    private void Report(JobState state, string? stage, double? progress, string? message, DateTimeOffset? at = null)
    {
        if (_progress is null)
        {
            return;
        }

        var now = at ?? _time.GetUtcNow();
        _progress.Report(new JobProgress
        {
            JobId = _operation.Id,
            State = state,
            Stage = stage,
            Percent = progress is { } p ? Math.Round(p * 100, 1) : null,
            QueuePosition = _estimator.QueuePosition(state, now),
            Elapsed = now - _operation.StartedAt,
            EstimatedRemaining = state == JobState.Succeeded ? TimeSpan.Zero : _estimator.Remaining(state, progress, now),
            Message = message,
        });
    }

    private AceStepTimeoutException TimedOut() => new(
        $"Job {_operation.Id} did not finish within {_timeout.TotalSeconds:0} s of waiting. It may still be running: check it again later by its id.",
        new AceStepErrorDetails(QueryEndpoint, JobMayStillRun: true),
        _operation.Id);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
