namespace AceStep.Client.Tests.Soak;

/// <summary>
/// Takes one soak job through submit, wait (with a deadline) and download into its own folder, and turns every
/// way it can end into a <see cref="SoakJobReport"/>. Errors outside the documented outcomes are not caught:
/// they fail the soak.
/// </summary>
internal sealed class SoakJobRunner(AceStepClient client, string outputRoot, TimeSpan waitDeadline)
{
    public async Task<SoakJobReport> RunAsync(SoakJob job, CancellationToken cancellationToken)
    {
        await Task.Delay(job.SubmitAfter, cancellationToken);
        GenerationOperation operation;
        try
        {
            operation = await client.StartGenerationAsync(
                new GenerationRequest
                {
                    Caption = $"soak job {job.Number}",
                    Instrumental = true,
                    BatchSize = job.BatchSize,
                    DurationSeconds = job.DurationSeconds,
                    AudioFormat = job.AudioFormat,
                },
                cancellationToken);
        }
        catch (AceStepException error) when (error is AceStepQueueFullException or AceStepServerErrorException or AceStepNotReadyException)
        {
            return Report(job, SoakOutcome.Rejected, jobId: null, error);
        }

        try
        {
            await operation.WaitForCompletionAsync(timeout: waitDeadline, cancellationToken: cancellationToken);
        }
        catch (AceStepJobFailedException error)
        {
            return Report(job, SoakOutcome.Failed, operation.Id, error);
        }
        catch (AceStepJobLostException error)
        {
            return Report(job, SoakOutcome.Lost, operation.Id, error);
        }
        catch (AceStepTimeoutException error)
        {
            return Report(job, SoakOutcome.TimedOut, operation.Id, error);
        }

        try
        {
            var destination = new AudioDestination(Path.Combine(outputRoot, job.FolderName), JobIdSanitizer.ToFileStem(operation.Id));
            var files = await operation.DownloadAudioAsync(destination, cancellationToken);
            return new SoakJobReport(job, SoakOutcome.Completed, operation.Id, Reason: null, files);
        }
        catch (AceStepException error)
        {
            return Report(job, SoakOutcome.DownloadFailed, operation.Id, error);
        }
    }

    private static SoakJobReport Report(SoakJob job, SoakOutcome outcome, string? jobId, AceStepException error) =>
        new(job, outcome, jobId, $"{error.GetType().Name}: {error.Message}", []);
}
