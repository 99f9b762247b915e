using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Native (submit and poll) jobs: submission, the ledger record made before any waiting, the wait with progress,
/// the download and the result file. Re-attaching (status, jobs --resume) enters at <see cref="FinishAsync"/>.
/// </summary>
internal static class NativeJobs
{
    public static async Task<JobReport> SubmitAsync(JobRun run, GenerationPlan plan, bool noWait, FailureExplainer? explainFailure, CancellationToken cancellation)
    {
        var operation = await run.Client.StartGenerationAsync(plan.Request, cancellation);
        foreach (var warning in operation.Warnings)
        {
            run.Reporter.Warning(warning);
        }

        var entry = run.NewEntry(operation.Id, "native", plan.Summary);
        run.Record(entry);
        var queue = operation.QueuePositionAtSubmission is { } position ? $" (queue position {position})" : "";
        run.Reporter.Status($"Job {operation.Id} submitted{queue}.");

        if (noWait)
        {
            run.Reporter.Result(operation.Id);
            run.Reporter.Status($"Fetch it later with: acestep status {operation.Id}");
            return JobReporter.Submitted(run, entry);
        }

        return await FinishAsync(run, operation, entry, run.Settings.Timeout, explainFailure, cancellation);
    }

    /// <param name="explainFailure">Says what a failure of this job most likely means (the server has no LM), or null for the usual hint.</param>
    public static async Task<JobReport> FinishAsync(
        JobRun run, GenerationOperation operation, LedgerEntry entry, TimeSpan timeout, FailureExplainer? explainFailure, CancellationToken cancellation)
    {
        if (!run.Force && run.Writer.FindComplete(entry.JobId) is { } saved)
        {
            return run.Succeed(entry, saved, run.Writer.ResultPath(entry.JobId), alreadySaved: true);
        }

        try
        {
            return await WaitAndSaveAsync(run, operation, entry, timeout, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            run.Record(entry with { State = LedgerState.Interrupted, Updated = run.Now });
            throw new CliException(
                ExitCode.Interrupted,
                "interrupted",
                $"Stopped waiting for job {entry.JobId}; it keeps running on the server.",
                $"Resume with: acestep status {entry.JobId}",
                entry.JobId);
        }
        catch (AceStepTimeoutException ex)
        {
            throw TimedOut(run, entry, timeout, ex);
        }
        catch (AceStepJobFailedException ex)
        {
            throw Failed(run, entry, ex.Reason ?? ex.Message, explainFailure?.Invoke(ex));
        }
        catch (AceStepJobLostException ex)
        {
            throw Lost(run, entry, ex);
        }
        catch (Exception ex) when (ex is AceStepException or IOException or UnauthorizedAccessException)
        {
            run.Record(entry with { Updated = run.Now, Error = ex.Message });
            throw NotFinishedHere(entry, ex);
        }
    }

    private static async Task<JobReport> WaitAndSaveAsync(JobRun run, GenerationOperation operation, LedgerEntry entry, TimeSpan timeout, CancellationToken cancellation)
    {
        var progress = run.Reporter.CreateProgress();
        GenerationResult result;
        try
        {
            result = await operation.WaitForCompletionAsync(new ProgressAdapter(progress), timeout, cancellation);
        }
        finally
        {
            progress.Complete();
        }

        run.Reporter.Status("Downloading audio...");
        var audio = await operation.DownloadAudioAsync(new AudioDestination(run.Folder.FullPath, ResultWriter.FileStem(entry.JobId), run.Force), cancellation);
        var files = audio.Select(ResultWriter.Describe).ToList();
        var document = ResultDocumentFactory.Create(entry.JobId, LedgerState.Succeeded, entry.Mode, entry.Server, run.Now, result, entry.Request, files);
        document = await SavedAudioTagger.TagAsync(document, run.Folder, run.Tags, run.Reporter, cancellation);
        return run.Succeed(entry, document, run.Writer.Write(document, overwrite: true), alreadySaved: false);
    }

    private static CliException TimedOut(JobRun run, LedgerEntry entry, TimeSpan timeout, AceStepTimeoutException ex)
    {
        run.Record(entry with { State = LedgerState.TimedOut, Updated = run.Now, Error = ex.Message });
        return new CliException(
            ExitCode.Timeout,
            "timeout",
            $"Job {entry.JobId} did not finish within {timeout.TotalSeconds:0} s; it may still be running on the server.",
            $"Resume with: acestep status {entry.JobId} (add --timeout SECONDS to wait longer)",
            entry.JobId);
    }

    private static CliException Lost(JobRun run, LedgerEntry entry, AceStepJobLostException ex)
    {
        if (!run.InLedger)
        {
            return new CliException(
                ExitCode.JobLost,
                "job_lost",
                $"The server at {run.Settings.ServerDisplay} does not know job {entry.JobId}, and the job ledger has no record of it.",
                "Check the id (list your jobs with: acestep jobs), or name the server it was submitted to with --api-url.",
                entry.JobId);
        }

        if (!run.AsksTheServerOf(entry))
        {
            // Another server not knowing the job says nothing about the job: its entry stays as it was.
            return new CliException(
                ExitCode.JobLost,
                "job_lost",
                $"The server at {run.Settings.ServerDisplay} does not know job {entry.JobId}; it was submitted to {entry.Server}.",
                $"Ask the server it was submitted to: acestep status {entry.JobId}",
                entry.JobId);
        }

        run.Record(entry with { State = LedgerState.Lost, Updated = run.Now, Error = ex.Message });
        return new CliException(
            ExitCode.JobLost,
            "job_lost",
            $"Job {entry.JobId} is lost: the server no longer knows it (restarted, or the result expired).",
            "Submit the generation again.",
            entry.JobId);
    }

    /// <summary>Records the failure in the ledger and in the result file, and says what to try next.</summary>
    private static CliException Failed(JobRun run, LedgerEntry entry, string reason, string? explanation)
    {
        run.Record(entry with { State = LedgerState.Failed, Updated = run.Now, Error = reason });
        var failed = ResultDocumentFactory.Create(entry.JobId, LedgerState.Failed, entry.Mode, entry.Server, run.Now, null, entry.Request, [], reason);
        TryWriteFailure(run, failed);
        return new CliException(
            ExitCode.JobFailed,
            "job_failed",
            $"Job {entry.JobId} failed: {reason}",
            explanation ?? "Check the options, or the server's log for the cause.",
            entry.JobId);
    }

    /// <summary>
    /// The server accepted the job, but waiting for it, downloading it or saving it failed here: the job is kept and
    /// can be resumed. A 401 keeps the key advice (the key may have been rotated while waiting).
    /// </summary>
    private static CliException NotFinishedHere(LedgerEntry entry, Exception ex)
    {
        if (ex is not AceStepException)
        {
            return CliException.Output(
                $"Job {entry.JobId} could not be saved: {ex.Message}",
                $"Fix the output folder (permissions, free space) or choose another with --output-dir.\n{ResumeHint(entry.JobId)}",
                entry.JobId);
        }

        CliException? keyAdvice = null;
        var unauthorized = ex is AceStepUnauthorizedException && ErrorTranslator.TryTranslate(ex, out keyAdvice);
        return new CliException(
            unauthorized ? ExitCode.Authentication : ExitCode.Unavailable,
            "wait_interrupted",
            $"Job {entry.JobId} was accepted, but waiting for it or fetching its audio failed: {ex.Message}",
            unauthorized ? $"{keyAdvice!.Hint}\n{ResumeHint(entry.JobId)}" : ResumeHint(entry.JobId),
            entry.JobId);
    }

    /// <summary>What to do when a job the server accepted could not be finished here: it is not lost.</summary>
    private static string ResumeHint(string jobId) =>
        $"The job is kept on the server and in the ledger. Resume with: acestep status {jobId}";

    private static void TryWriteFailure(JobRun run, ResultDocument failed)
    {
        try
        {
            run.Writer.Write(failed, overwrite: run.Force);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CliException)
        {
            run.Reporter.Warning($"Could not save the failure record: {ex.Message}");
        }
    }
}
