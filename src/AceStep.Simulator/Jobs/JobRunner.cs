using AceStep.Simulator.Requests;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// Runs one job the way the client sees upstream run it: model load, the "running" cache entry, the stage sequence
/// with progress, then either the files and the succeeded items or the error-less failed item.
/// </summary>
internal sealed class JobRunner(SimulatorContext context, ModelState models, ProgressLog log, JobStatistics statistics)
{
    private const int MaximumBatchSize = 8;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        if (!await models.EnsureLoadedAsync(cancellationToken))
        {
            job.FailBeforeStart(models.InitError ?? "Model initialization failed", context.Clock.GetUtcNow());
            DeleteTemporaryFiles(job);
            return;
        }

        var startTimestamp = context.Clock.GetTimestamp();
        job.MarkRunning();
        WriteRunning(job, 0.01, "running");
        try
        {
            var outcome = await GenerateAsync(job, cancellationToken);
            job.Succeed(outcome, context.Clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server "restarted": the cache keeps saying running (see docs/protocol.md, "Job lifecycle") and the chat waiter is dropped.
            job.Abandon();
            throw;
        }
        catch (Exception exception)
        {
            // Whatever goes wrong fails this job only: the one worker must keep serving the queue.
            var now = context.Clock.GetUtcNow();
            context.Cache.Write(job.Id, ResultItems.FailedEntry(job.CreateTimeSeconds, now));
            if (context.Options.Version == ServerVersion.B)
            {
                // A keeps the traceback in its store only: its last log line, all a poller sees, says nothing of the cause.
                log.Write("generate_music", $"Generation failed: {exception.Message}");
            }

            job.Fail(JobFailure.Traceback(exception.Message), now);
        }
        finally
        {
            statistics.Record(context.Clock.GetElapsedTime(startTimestamp));
            DeleteTemporaryFiles(job);
        }
    }

    private async Task<JobOutcome> GenerateAsync(Job job, CancellationToken cancellationToken)
    {
        var p = Normalize(job.Parameters);
        var version = context.Options.Version;
        var lmAvailable = !context.Faults.LmMissing;
        var lmRuns = lmAvailable && !TaskRules.SkipsLm(p.TaskType, version);
        var batchSize = Math.Clamp(p.BatchSize ?? (job.Kind == JobKind.Chat ? 1 : 2), 1, MaximumBatchSize);
        var seeds = SeedPlanner.Plan(version, p.UseRandomSeed, p.Seed, batchSize, context.SeedRandom);
        var song = SongDecider.Decide(p, seeds[0], lmRuns);
        var analysis = AnalysisResults.IsAnalysis(p);
        var failure = analysis ? AnalysisResults.Precondition(p, context.Faults) : FailureBeforeGeneration(p, version, context.Faults);
        if (failure is not null)
        {
            throw new JobFailure(failure);
        }

        var total = context.Options.FixedGenerationTime + TimeSpan.FromSeconds(context.Options.GenerationSecondsPerAudioSecond * song.RenderDuration);
        await WalkStagesAsync(job, StagePlan.For(lmRuns, p.Thinking, batchSize), total, cancellationToken);
        if (analysis)
        {
            context.Cache.Write(job.Id, AnalysisResults.Entry(job.CreateTimeSeconds, p, song, string.Join(',', seeds), version, context.Clock.GetUtcNow()));
            log.Write("generate_music", "Analysis completed");
            return new JobOutcome([], song, null);
        }

        var renderStart = context.Clock.GetTimestamp();
        var files = await Task.Run(() => AudioFiles.Render(context, p, song, seeds), cancellationToken);
        var renderTime = context.Clock.GetElapsedTime(renderStart);
        var result = new SucceededResult(
            files.Select(AudioFiles.UrlFor).ToList(),
            song,
            GenerationInfo.Describe(song, seeds, p.InferenceSteps, total + renderTime, batchSize),
            string.Join(',', seeds),
            ModelNames.LanguageModel,
            models.LoadedModel);
        context.Cache.Write(job.Id, ResultItems.SucceededEntry(job.CreateTimeSeconds, result, context.Clock.GetUtcNow()));
        log.Write("generate_music", $"Generation completed: {files.Count} file(s)");
        return new JobOutcome(files, song, null);
    }

    /// <summary>
    /// Spends the generation time over the stages: each is published, then lasts its share of the time, so that a
    /// poller sees every stage, the last included ("running" itself lasts <see cref="StagePlan.RunningWeight"/>).
    /// A failure-rate draw strikes mid-way.
    /// </summary>
    private async Task WalkStagesAsync(Job job, IReadOnlyList<GenerationStage> stages, TimeSpan total, CancellationToken cancellationToken)
    {
        var randomFailure = context.FailureRandom.NextDouble() < context.Faults.JobFailureRate;
        var totalWeight = StagePlan.RunningWeight + stages.Sum(stage => stage.Weight);
        await Task.Delay(total * (StagePlan.RunningWeight / totalWeight), context.Clock, cancellationToken);
        for (var i = 0; i < stages.Count; i++)
        {
            if (randomFailure && i == StagePlan.FailureIndex(stages))
            {
                throw new JobFailure("Simulated generation failure (job_failure_rate)");
            }

            WriteRunning(job, stages[i].Progress, stages[i].Stage);
            await Task.Delay(total * (stages[i].Weight / totalWeight), context.Clock, cancellationToken);
        }
    }

    /// <summary>[B] text2music with codes silently becomes cover (see docs/protocol.md, "Parameters of /release_task").</summary>
    private GenerationParameters Normalize(GenerationParameters p) =>
        context.Options.Version == ServerVersion.B && p.TaskType == "text2music" && p.AudioCodeString.Length > 0
            ? p with { TaskType = "cover" }
            : p;

    private static string? FailureBeforeGeneration(GenerationParameters p, ServerVersion version, SimulatorFaults faults)
    {
        if (faults.LmMissing && TaskRules.RequiresLm(p, version))
        {
            return TaskRules.LmMissingError(faults);
        }

        if (TaskRules.NeedsSource(p, version))
        {
            return $"Task '{p.TaskType}' requires source audio";
        }

        foreach (var path in new[] { p.SourceAudioPath, p.ReferenceAudioPath })
        {
            if (path is not null && !IsReadableAudio(path))
            {
                return "Source audio is invalid, unreadable, or silent";
            }
        }

        return null;
    }

    private static bool IsReadableAudio(string path)
    {
        var file = new FileInfo(Path.GetFullPath(path));
        return file.Exists && file.Length > 0;
    }

    private void WriteRunning(Job job, double progress, string stage)
    {
        context.Cache.Write(job.Id, ResultItems.RunningEntry(job.CreateTimeSeconds, progress, stage, context.Clock.GetUtcNow()));
        log.Write("generate_music", stage);
    }

    private static void DeleteTemporaryFiles(Job job) => TemporaryFiles.Delete(job.TemporaryFiles);
}
