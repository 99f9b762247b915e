using AceStep.Cli.Configuration;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
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
        var plan = GenerationPlanner.Plan(options, settings, context.Environment, reporter, probe);
        Preflight.RequireCloudKey(settings);
        var folder = context.OutputFolder(settings);
        folder.EnsureWritable();
        if (settings.Mode == ApiMode.Completion && options.Wait.NoWait)
        {
            reporter.Warning("--no-wait has no effect in completion mode: the request is answered in one go. Use --mode native to submit and return at once.");
        }

        using var client = ClientFactory.Create(settings, context.Environment);
        var lmMissing = await PrepareServerAsync(client, settings, plan, reporter, cancellation);
        string? temporarySource = null;
        try
        {
            if (plan.Request.SourceAudio is { } source)
            {
                var prepared = await SourceCompressor.PrepareAsync(source, Preflight.IsCloud(settings), context.Environment, reporter, cancellation);
                temporarySource = prepared.TemporaryFile;
                plan = plan with { Request = plan.Request with { SourceAudio = prepared.Source } };
            }

            var run = new JobRun(client, settings, folder, context.Ledger, reporter, context.Environment, options.Wait.Force);
            return await SendAsync(run, plan, options.Wait.NoWait, lmMissing, cancellation);
        }
        finally
        {
            if (temporarySource is not null)
            {
                File.Delete(temporarySource);
            }
        }
    }

    /// <summary>Asks /health, warns about options the server cannot honour, and loads its models when completion mode needs them.</summary>
    /// <returns>Whether the server has no language model loaded.</returns>
    private static async Task<bool> PrepareServerAsync(AceStepClient client, CliSettings settings, GenerationPlan plan, Reporter reporter, CancellationToken cancellation)
    {
        var health = await Preflight.CheckHealthAsync(client, settings, cancellation);
        // A version-B server loads its models lazily: llm_initialized false means "absent" only once the models are up.
        var lmMissing = health.ModelsInitialized == true && health.LlmInitialized == false;
        if (lmMissing && plan.LmDependentOptions.Count > 0)
        {
            reporter.Warning(
                $"The server has no language model loaded (llm_initialized: false), which {string.Join(", ", plan.LmDependentOptions)} need: the job will probably fail. " +
                "Use --no-thinking (and no -d/--use-format/random), or load the LM on the server.");
        }

        if (settings.Mode == ApiMode.Completion && health.ModelsInitialized == false)
        {
            // The chat endpoint answers 503 "Model not initialized" until the models are loaded; native jobs load them lazily.
            reporter.Status("The server has not loaded its models yet; loading them now (this can take minutes)...");
            await client.InitializeModelsAsync(new InitializeModelsRequest { InitLlm = plan.LmDependentOptions.Count > 0 }, cancellation);
        }

        return lmMissing;
    }

    private static async Task<JobReport> SendAsync(JobRun run, GenerationPlan plan, bool noWait, bool lmMissing, CancellationToken cancellation)
    {
        var reporter = run.Reporter;
        reporter.Status($"Generating music ({plan.Label}) · {run.Settings.ModeName} mode · {run.Settings.ServerDisplay}");
        reporter.Status($"Output: {run.Folder.FullPath}");
        return run.Settings.Mode == ApiMode.Native
            ? await NativeJobs.SubmitAsync(run, plan, noWait, lmMissing, cancellation)
            : await CompletionJobs.RunAsync(run, plan, lmMissing, cancellation);
    }
}
