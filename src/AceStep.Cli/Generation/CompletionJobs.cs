using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Completion (chat) mode: one synchronous exchange per file. The files are named before the answer arrives,
/// so the job id is the CLI's own (<c>completion-&lt;time&gt;-&lt;random&gt;</c>); it is recorded in the ledger
/// first, like a native job, but cannot be resumed: the chat protocol has no way to fetch a result later.
/// </summary>
internal static class CompletionJobs
{
    public static async Task<JobReport> RunAsync(JobRun run, GenerationPlan plan, FailureExplainer? explainFailure, CancellationToken cancellation)
    {
        var jobId = NewJobId(run);
        var entry = run.NewEntry(jobId, "completion", plan.Summary);
        run.Record(entry);
        if (plan.Request.BatchSize is > 1 and var batch)
        {
            run.Reporter.Status($"Completion mode returns one file per request: sending {batch} requests for {batch} files.");
        }

        using var timeout = new CancellationTokenSource(run.Settings.Timeout, run.Environment.TimeProvider);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        try
        {
            return await ExchangeAndSaveAsync(run, plan, entry, deadline.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            run.Record(entry with { State = LedgerState.Interrupted, Updated = run.Now });
            throw new CliException(
                ExitCode.Interrupted,
                "interrupted",
                "Stopped waiting. The server may finish the song, but a completion-mode result cannot be fetched later.",
                "For long jobs you can resume, use native mode: acestep generate --mode native ...",
                jobId);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            run.Record(entry with { State = LedgerState.TimedOut, Updated = run.Now });
            throw new CliException(
                ExitCode.Timeout,
                "timeout",
                $"No answer within {run.Settings.Timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s.",
                "Raise --timeout, or use native mode (--mode native), whose jobs can be resumed with 'acestep status'.",
                jobId);
        }
        catch (AceStepException ex)
        {
            throw Failed(run, entry, ex, ex is AceStepJobFailedException failure ? explainFailure?.Invoke(failure) : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw NotSaved(run, entry, ex);
        }
    }

    private static async Task<JobReport> ExchangeAndSaveAsync(JobRun run, GenerationPlan plan, LedgerEntry entry, CancellationToken deadline)
    {
        var progress = run.Reporter.CreateProgress();
        CompletionGenerationResult outcome;
        try
        {
            var options = new CompletionOptions { Stream = true, Progress = new ProgressAdapter(progress) };
            var destination = new AudioDestination(run.Folder.FullPath, ResultWriter.FileStem(entry.JobId), run.Force);
            outcome = await run.Client.GenerateWithCompletionAsync(plan.Request, options, destination, deadline);
        }
        finally
        {
            progress.Complete();
        }

        foreach (var warning in outcome.Warnings)
        {
            run.Reporter.Warning(warning);
        }

        var files = outcome.Files.Select(ResultWriter.Describe).ToList();
        var result = outcome.Result with { JobId = entry.JobId };
        var document = ResultDocumentFactory.Create(entry.JobId, LedgerState.Succeeded, entry.Mode, entry.Server, run.Now, result, plan.Summary, files);
        document = await SavedAudioTagger.TagAsync(document, run.Folder, run.Tags, run.Reporter, deadline);
        return run.Succeed(entry, document, run.Writer.Write(document, overwrite: run.Force), alreadySaved: false);
    }

    /// <summary>The usual translation of a library error, but naming the ledger's id, so the failure can be found in 'acestep jobs'.</summary>
    private static CliException Failed(JobRun run, LedgerEntry entry, AceStepException ex, string? explanation)
    {
        run.Record(entry with { State = LedgerState.Failed, Updated = run.Now, Error = ex.Message });
        ErrorTranslator.TryTranslate(ex, out var translated);

        // The chat answer's own id (chatcmpl-…) cannot be looked up anywhere; the message names the ledger's.
        var message = ex is AceStepJobFailedException failed
            ? $"Job {entry.JobId} failed: {failed.Reason ?? "no reason given"}"
            : translated.Message;
        return new CliException(translated.ExitCode, translated.ErrorCode, message, explanation ?? translated.Hint, entry.JobId);
    }

    /// <summary>A completion-mode job cannot be resumed, so the ledger must not keep it as unfinished.</summary>
    private static CliException NotSaved(JobRun run, LedgerEntry entry, Exception ex)
    {
        run.Record(entry with { State = LedgerState.Failed, Updated = run.Now, Error = ex.Message });
        return CliException.Output(
            $"Job {entry.JobId} could not be saved: {ex.Message}",
            "Check the output folder's permissions and free space, or choose another with --output-dir. A completion-mode result cannot be fetched again.",
            entry.JobId);
    }

    private static string NewJobId(JobRun run)
    {
        var stamp = run.Now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var suffix = run.Environment.Random.Next(0x100000, 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
        return $"completion-{stamp}-{suffix}";
    }
}
