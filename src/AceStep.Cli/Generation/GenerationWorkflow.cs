using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// The run function of generate, cover and random: settings, local validation, the cloud-key and health checks,
/// then the mode's protocol. Everything that can be checked locally is checked before the first request.
/// </summary>
internal static class GenerationWorkflow
{
    public static async Task<int> RunAsync(GenerateOptions options, RunContext context, CancellationToken cancellation)
    {
        var report = await GenerateAsync(options, context, cancellation);
        if (context.Reporter.IsJson)
        {
            context.Reporter.Document(report with { Warnings = [.. context.Reporter.Warnings] }, CliJson.Context.JobReport);
        }

        return 0;
    }

    /// <summary>Generates (or submits, with --no-wait) and saves the files; the caller reports the job.</summary>
    public static async Task<JobReport> GenerateAsync(GenerateOptions options, RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings(options.Wait.Timeout);
        var reporter = context.Reporter;
        var probe = new SourceLength(ExecutableLocator.Find("ffprobe", context.Environment));
        var plan = LintPreflight.Apply(options, GenerationPlanner.Plan(options, settings, context.Environment, reporter, probe), reporter);
        Preflight.RequireCloudKey(settings);
        var folder = context.OutputFolder(settings);
        folder.EnsureWritable();
        if (settings.Mode == ApiMode.Completion && options.Wait.NoWait)
        {
            reporter.Warning("--no-wait has no effect in completion mode: the request is answered in one go. Use --mode native to submit and return at once.");
        }

        using var client = ClientFactory.Create(settings, context.Environment);
        var guard = new LanguageModelGuard(LmlessServers.Open(context.Environment), settings, reporter, context.Environment.TimeProvider);
        plan = await PrepareServerAsync(client, settings, plan, guard, reporter, cancellation);
        string? temporarySource = null;
        string? temporaryReference = null;
        try
        {
            if (plan.Request.SourceAudio is { } source)
            {
                var prepared = await SourceCompressor.PrepareAsync(source, Preflight.IsCloud(settings), context.Environment, reporter, cancellation);
                temporarySource = prepared.TemporaryFile;
                plan = plan with { Request = plan.Request with { SourceAudio = prepared.Source } };
            }

            if (plan.Request.ReferenceAudio is { } reference)
            {
                var prepared = await SourceCompressor.PrepareAsync(reference, Preflight.IsCloud(settings), context.Environment, reporter, cancellation);
                temporaryReference = prepared.TemporaryFile;
                plan = plan with { Request = plan.Request with { ReferenceAudio = prepared.Source } };
            }

            var run = new JobRun(client, settings, folder, context.Ledger, reporter, context.Environment, options.Wait.Force)
            {
                Tags = TagOptions.Resolve(options.Tags, context.Resolver()),
            };
            return await SendAsync(run, plan, options.Wait.NoWait, guard, cancellation);
        }
        finally
        {
            if (temporarySource is not null)
            {
                File.Delete(temporarySource);
            }

            if (temporaryReference is not null)
            {
                File.Delete(temporaryReference);
            }
        }
    }

    /// <summary>
    /// Asks /health (and what else tells whether the server has the LM), fits the plan to a server without the LM, and loads
    /// the models when completion mode needs them.
    /// </summary>
    private static async Task<GenerationPlan> PrepareServerAsync(
        AceStepClient client, CliSettings settings, GenerationPlan plan, LanguageModelGuard guard, Reporter reporter, CancellationToken cancellation)
    {
        var health = await Preflight.CheckHealthAsync(client, settings, cancellation);
        plan = guard.Adapt(plan, await client.GetLanguageModelPresenceAsync(health, cancellation));
        if (settings.Mode == ApiMode.Completion && health.ModelsInitialized == false)
        {
            // The chat endpoint answers 503 "Model not initialized" until the models are loaded; native jobs load them lazily.
            reporter.Status("The server has not loaded its models yet; loading them now (this can take minutes)...");
            await client.InitializeModelsAsync(new InitializeModelsRequest { InitLlm = plan.LmNeeds.Count > 0 }, cancellation);
        }

        return plan;
    }

    /// <summary>Sends the job; when it failed only because the server has no LM that defaults asked for, sends it once more without.</summary>
    private static async Task<JobReport> SendAsync(JobRun run, GenerationPlan plan, bool noWait, LanguageModelGuard guard, CancellationToken cancellation)
    {
        var reporter = run.Reporter;
        reporter.Status($"Generating music ({plan.Label}) · {run.Settings.ModeName} mode · {run.Settings.ServerDisplay}");
        reporter.Status($"Output: {run.Folder.FullPath}");
        JobReport report;
        try
        {
            report = await SendOnceAsync(run, plan, noWait, guard, cancellation);
        }
        catch (CliException failed) when (guard.ShouldResubmitWithoutLm)
        {
            report = await SendOnceAsync(run, guard.Resubmission(plan, failed.JobId), noWait, guard, cancellation);
        }

        return report;
    }

    private static Task<JobReport> SendOnceAsync(JobRun run, GenerationPlan plan, bool noWait, LanguageModelGuard guard, CancellationToken cancellation)
    {
        string? ExplainFailure(AceStepJobFailedException failure) => guard.ExplainFailure(failure, plan);
        return run.Settings.Mode == ApiMode.Native
            ? NativeJobs.SubmitAsync(run, plan, noWait, ExplainFailure, cancellation)
            : CompletionJobs.RunAsync(run, plan, ExplainFailure, cancellation);
    }
}
