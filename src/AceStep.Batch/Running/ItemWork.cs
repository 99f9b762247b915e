using AceStep.Client;

namespace AceStep.Batch;

/// <summary>
/// Takes one claimed item to its end on one server: submit (or re-attach by job id), wait, download, record.
/// Every step is recorded in the queue before the next begins, so a crash at any point leaves the item where
/// another run can pick it up without sending it twice.
/// </summary>
internal sealed class ItemWork(RunContext run, ServerLane lane, ClaimedItem claimed)
{
    private readonly ItemLease _lease = claimed.Lease;
    private readonly ItemRecord _item = claimed.Item;
    private readonly IBatchStore _store = run.Store;

    private string Server => lane.Server.Name;

    private string FileStem => $"{_item.Ordinal:D4}-{_item.Key[..8]}";

    public async Task RunAsync()
    {
        try
        {
            if (_item.State == ItemState.Claimed && lane.Server.Mode == ServerMode.Completion)
            {
                await RunCompletionAsync().ConfigureAwait(false);
                return;
            }

            var operation = _item.State == ItemState.Claimed ? await SubmitAsync().ConfigureAwait(false) : Reattach();
            if (operation is not null && await WaitAsync(operation).ConfigureAwait(false))
            {
                await DownloadAsync(operation, _item.Downloads + 1).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (run.Stopping.IsCancellationRequested)
        {
            await LetGoAsync().ConfigureAwait(false);
        }
    }

    private async Task<GenerationOperation?> SubmitAsync()
    {
        GenerationRequest request;
        try
        {
            request = RequestCodec.Decode(_item.RequestJson);
        }
        catch (Exception error) when (error is IOException or ArgumentException or UnauthorizedAccessException)
        {
            await FailAsync(FailureKind.Rejected, error.Message, jobId: null).ConfigureAwait(false);
            return null;
        }

        if (!await _store.MarkSubmittingAsync(_lease, ServerMode.Native, run.Options.LeaseDuration, CancellationToken.None).ConfigureAwait(false))
        {
            return null;
        }

        GenerationOperation operation;
        try
        {
            // Not cancelled by a stop: a submission half-sent is the one thing that could be lost, so it is let
            // finish (within the client's request timeout) and its job id recorded.
            operation = await lane.Client.StartGenerationAsync(request, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is AceStepException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            await SubmissionFailedAsync(error).ConfigureAwait(false);
            return null;
        }

        lane.Breaker.RecordSuccess();
        lane.TrackJob(_item.Key, JobState.Queued);
        if (!await _store.MarkSubmittedAsync(_lease, operation.Id, CancellationToken.None).ConfigureAwait(false))
        {
            // Another runner took the item over meanwhile; the job id is in the ledger all the same.
            return null;
        }

        run.Report(new ItemSubmitted(run.Now, _item.Key, _item.Ordinal, Server, operation.Id));
        return operation;
    }

    private GenerationOperation Reattach()
    {
        var operation = GenerationOperation.Rehydrate(lane.Client, _item.JobId!);
        lane.TrackJob(_item.Key, JobState.Unknown);
        run.Report(new ItemReattached(run.Now, _item.Key, _item.Ordinal, Server, operation.Id));
        return operation;
    }

    /// <summary>Waits for the job; true when it succeeded. Failures are recorded with their reason.</summary>
    private async Task<bool> WaitAsync(GenerationOperation operation)
    {
        var progress = new InlineProgress<JobProgress>(report => lane.TrackJob(_item.Key, report.State));
        try
        {
            await operation.WaitForCompletionAsync(progress, run.Options.JobTimeout, run.Stopping).ConfigureAwait(false);
            lane.Breaker.RecordSuccess();
            return true;
        }
        catch (AceStepJobFailedException error)
        {
            await FailAsync(FailureKind.JobFailed, $"the server reports the job failed: {error.Reason ?? error.Message}", operation.Id).ConfigureAwait(false);
        }
        catch (AceStepJobLostException)
        {
            await FailAsync(FailureKind.Lost, $"server {Server} no longer knows job {operation.Id} (it restarted or expired it); requeue the item to generate it again", operation.Id).ConfigureAwait(false);
        }
        catch (AceStepTimeoutException)
        {
            await FailAsync(FailureKind.TimedOut, $"job {operation.Id} did not finish within {run.Options.JobTimeout}; it may still finish: requeue the item to re-attach", operation.Id).ConfigureAwait(false);
        }
        catch (AceStepException error) when (!run.Stopping.IsCancellationRequested)
        {
            // The server stopped answering: keep the job, let the lease go, and re-attach once the server is back.
            PauseIfFailing(error);
            await _store.DetachAsync(_lease, CancellationToken.None).ConfigureAwait(false);
        }

        return false;
    }

    private async Task DownloadAsync(GenerationOperation operation, int attempt)
    {
        lane.TrackJob(_item.Key, JobState.Succeeded);
        if (!await _store.MarkDownloadingAsync(_lease, CancellationToken.None).ConfigureAwait(false))
        {
            return;
        }

        IReadOnlyList<SavedAudio> files;
        try
        {
            // Overwrite: the names are the item's own, so a download repeated after a crash replaces its own file.
            files = await operation.DownloadAudioAsync(new AudioDestination(run.Options.OutputDirectory, FileStem, Overwrite: true), run.Stopping).ConfigureAwait(false);
        }
        catch (Exception error) when (error is AceStepException or IOException && !run.Stopping.IsCancellationRequested)
        {
            if (attempt >= run.Options.MaxDownloadAttempts)
            {
                await FailAsync(FailureKind.Download, $"the audio of job {operation.Id} could not be downloaded after {attempt} tries: {error.Message}", operation.Id).ConfigureAwait(false);
            }
            else
            {
                PauseIfFailing(error);
                await _store.DetachAsync(_lease, CancellationToken.None).ConfigureAwait(false);
            }

            return;
        }

        await CompleteAsync(operation.Id, files).ConfigureAwait(false);
    }

    private async Task RunCompletionAsync()
    {
        GenerationRequest request;
        try
        {
            request = RequestCodec.Decode(_item.RequestJson);
        }
        catch (Exception error) when (error is IOException or ArgumentException or UnauthorizedAccessException)
        {
            await FailAsync(FailureKind.Rejected, error.Message, jobId: null).ConfigureAwait(false);
            return;
        }

        if (!await _store.MarkSubmittingAsync(_lease, ServerMode.Completion, run.Options.LeaseDuration, CancellationToken.None).ConfigureAwait(false))
        {
            return;
        }

        lane.TrackJob(_item.Key, JobState.Running);
        CompletionGenerationResult outcome;
        try
        {
            outcome = await lane.Client.GenerateWithCompletionAsync(
                request,
                new CompletionOptions { Stream = true },
                new AudioDestination(run.Options.OutputDirectory, FileStem, Overwrite: true),
                run.Stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (run.Stopping.IsCancellationRequested)
        {
            await FailAsync(FailureKind.Uncertain, "the run stopped during its completion-mode request, which the server may finish; it was not sent again (requeue it to retry)", jobId: null).ConfigureAwait(false);
            return;
        }
        catch (Exception error) when (error is AceStepException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            await SubmissionFailedAsync(error).ConfigureAwait(false);
            return;
        }

        lane.Breaker.RecordSuccess();
        await CompleteAsync(outcome.Result.JobId, outcome.Files).ConfigureAwait(false);
    }

    private async Task SubmissionFailedAsync(Exception error)
    {
        switch (SubmissionOutcomes.Of(error))
        {
            case SubmissionOutcome.ServerUnavailable:
                PauseIfFailing(error);
                if (await _store.ReleaseAsync(_lease, CancellationToken.None).ConfigureAwait(false))
                {
                    run.Report(new ItemReleased(run.Now, _item.Key, _item.Ordinal, Server, error.Message));
                }

                break;
            case SubmissionOutcome.Rejected:
                await FailAsync(FailureKind.Rejected, $"server {Server} refused the request: {error.Message}", jobId: null).ConfigureAwait(false);
                break;
            default:
                await FailAsync(
                    FailureKind.Uncertain,
                    $"the answer from {Server} was lost after the request was sent, so the job may exist there; it was not sent again (requeue it to retry): {error.Message}",
                    jobId: null).ConfigureAwait(false);
                break;
        }
    }

    private async Task CompleteAsync(string jobId, IReadOnlyList<SavedAudio> files)
    {
        var names = files.Select(file => Path.GetFileName(file.Path)).ToList();
        if (await _store.CompleteAsync(_lease, jobId, names, run.Options.OutputDirectory, CancellationToken.None).ConfigureAwait(false))
        {
            run.Report(new ItemCompleted(run.Now, _item.Key, _item.Ordinal, Server, jobId, names));
        }
    }

    private async Task FailAsync(FailureKind failure, string reason, string? jobId)
    {
        if (await _store.FailAsync(_lease, failure, reason, CancellationToken.None).ConfigureAwait(false))
        {
            run.Report(new ItemFailed(run.Now, _item.Key, _item.Ordinal, Server, jobId, failure, reason));
        }
    }

    private void PauseIfFailing(Exception error)
    {
        if (lane.Breaker.RecordFailure() is { } until)
        {
            run.Report(new ServerPaused(run.Now, Server, error.Message, until));
        }
    }

    /// <summary>On a stop: an item in flight keeps its job and gives up only its lease, so the next run re-attaches at once.</summary>
    private Task LetGoAsync() => _store.DetachAsync(_lease, CancellationToken.None);
}
