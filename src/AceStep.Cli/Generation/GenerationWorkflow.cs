using AceStep.Cli.Commands;
using AceStep.Cli.Configuration;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// generate, cover and random: settings, local validation, the cloud-key and health checks, then the mode's
/// protocol. Everything that can be checked locally is checked before the first request.
/// </summary>
internal static class GenerationWorkflow
{
    public static async Task<int> RunAsync(CommandContext context, GenerationInput input, CancellationToken cancellation)
    {
        var extraFlags = new Dictionary<ConfigKey, string>();
        if (input.TimeoutSeconds is { } seconds)
        {
            extraFlags[ConfigKeys.Timeout] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var settings = context.Settings(extraFlags);
        var reporter = context.Reporter;
        var environment = context.Environment;
        var probe = new SourceLength(ExecutableLocator.Find("ffprobe", environment));
        var plan = GenerationPlanner.Plan(input, settings, environment, reporter, probe);
        Preflight.RequireCloudKey(settings);
        var folder = context.OutputFolder(settings);
        folder.EnsureWritable();

        if (settings.Mode == ApiMode.Completion && input.NoWait)
        {
            reporter.Warning("--no-wait has no effect in completion mode: the request is answered in one go. Use --mode native to submit and return at once.");
        }

        using var client = ClientFactory.Create(settings, environment);
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

        string? temporarySource = null;
        try
        {
            if (plan.Request.SourceAudio is { } source)
            {
                var prepared = await SourceCompressor.PrepareAsync(source, Preflight.IsCloud(settings), environment, reporter, cancellation);
                temporarySource = prepared.TemporaryFile;
                plan = plan with { Request = plan.Request with { SourceAudio = prepared.Source } };
            }

            reporter.Status($"Generating music ({plan.Label}) · {settings.ModeName} mode · {settings.ServerDisplay}");
            reporter.Status($"Output: {folder.FullPath}");
            var run = new JobRun(client, settings, folder, context.Ledger(), reporter, environment, input.Force);
            var report = settings.Mode == ApiMode.Native
                ? await NativeJobs.SubmitAsync(run, plan, input.NoWait, lmMissing, cancellation)
                : await CompletionJobs.RunAsync(run, plan, lmMissing, cancellation);
            if (reporter.IsJson)
            {
                reporter.Document(report with { Warnings = [.. reporter.Warnings] }, CliJson.Context.JobReport);
            }

            return 0;
        }
        finally
        {
            if (temporarySource is not null)
            {
                File.Delete(temporarySource);
            }
        }
    }
}
