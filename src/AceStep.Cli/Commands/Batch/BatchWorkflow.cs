using System.Data.Common;
using System.Globalization;
using AceStep.Batch;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Commands.Batch;

/// <summary>
/// Runs <c>acestep batch</c>: reads the whole plan first (a bad line stops everything before anything is queued or
/// written), resolves the servers and the queue, runs the batch, and turns its end into an exit code.
/// </summary>
internal static class BatchWorkflow
{
    private const int MaximumDefaultNameLength = 200;

    public static async Task<int> RunAsync(BatchCommandOptions options, RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings(options.Timeout);
        var environment = context.Environment;
        var sourcePath = Path.GetFullPath(options.PlanPath ?? options.MatrixPath!, environment.CurrentDirectory);
        var name = options.Name ?? DefaultName(sourcePath);
        var plan = ReadPlan(options, sourcePath, name, settings);
        var servers = BatchServers.Resolve(options.Servers, ServerListReader.Read(context.Config, context.ConfigPath), settings);
        foreach (var server in servers.Where(server => server.ApiKey is not null))
        {
            context.Reporter.AddSecret(server.ApiKey!);
        }

        var queue = QueueLocation.Parse(options.Queue ?? context.Resolver().Resolve(ConfigKeys.Queue).Value, StateFolder.Resolve(environment), environment.CurrentDirectory);
        var giveUpAfter = options.GiveUpAfter ?? TimeSpan.FromSeconds(int.Parse(context.Resolver().Resolve(ConfigKeys.GiveUpAfter).Value!, CultureInfo.InvariantCulture));
        var output = OutputFolder.Resolve(Path.Combine(context.OutputFolder(settings).FullPath, name), environment.CurrentDirectory);
        var runOptions = RunOptions(options, settings, output, environment) with { AllServersDownDeadline = giveUpAfter > TimeSpan.Zero ? giveUpAfter : null };

        // Everything is checked above; only now is anything created.
        output.EnsureWritable();
        await using var store = await queue.OpenAsync(environment.TimeProvider, cancellation);
        context.Reporter.Status($"Batch {name}: {plan.Items.Count} items on {servers.Count} server{(servers.Count == 1 ? "" : "s")} " +
            $"({string.Join(", ", servers.Select(server => BatchProgressView.Short(server.Name)))}); queue {queue.Display}; output {output.FullPath}");
        var view = new BatchProgressView(context.Reporter);
        BatchSummary summary;
        try
        {
            summary = await BatchRunner.RunAsync(plan, servers, store, runOptions, view, cancellation);
        }
        catch (DbException ex)
        {
            // The runner rides out a queue that drops for a moment; one that is gone when the plan is registered stops the run.
            throw new CliException(
                ExitCode.Unavailable, "queue_unavailable", $"The queue {queue.Display} failed: {ex.Message}",
                "Check the database, then run the same command again: nothing already recorded is lost.");
        }

        view.Complete();
        return Finish(summary, output, context.Reporter);
    }

    /// <summary>The plan file's name without its extension: the same file resumes the same batch, on any host.</summary>
    private static string DefaultName(string sourcePath)
    {
        var stem = Path.GetFileNameWithoutExtension(sourcePath).Trim();
        stem = stem.Length == 0 ? "batch" : stem;
        return stem.Length > MaximumDefaultNameLength ? stem[..MaximumDefaultNameLength] : stem;
    }

    private static BatchPlan ReadPlan(BatchCommandOptions options, string sourcePath, string name, CliSettings settings)
    {
        var what = options.MatrixPath is null ? "plan" : "matrix spec";
        if (!File.Exists(sourcePath))
        {
            throw CliException.InvalidInput($"The {what} file {sourcePath} does not exist.", "Check the path; see docs/batch.md for the plan format.");
        }

        var readOptions = new PlanReadOptions
        {
            Name = name,
            BaseDirectory = Path.GetDirectoryName(sourcePath)!,
            Defaults = new GenerationRequest
            {
                Thinking = settings.Thinking,
                UseFormat = settings.UseFormat,
                UseCotCaption = settings.UseCotCaption,
                UseCotLanguage = settings.UseCotLanguage,
                BatchSize = settings.BatchSize,
                AudioFormat = settings.AudioFormat,
                VocalLanguage = settings.VocalLanguage,
            },
        };
        try
        {
            var plan = options.MatrixPath is null ? PlanReader.ReadJsonLinesFile(sourcePath, readOptions) : MatrixReader.ReadFile(sourcePath, readOptions);
            return plan.Items.Count > 0
                ? plan
                : throw CliException.InvalidInput($"The {what} {sourcePath} has no items.", "Add one generate request a line, e.g. {\"caption\": \"lofi hip hop\", \"duration\": 30}");
        }
        catch (PlanFormatException ex)
        {
            throw CliException.InvalidInput(
                $"{sourcePath}: {ex.Message}",
                "Nothing was queued. Fix the lines above and run the same command again (the fields are those of 'acestep generate', see docs/batch.md).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidInput($"Cannot read the {what} {sourcePath}: {ex.Message}", "Check the file's permissions.");
        }
    }

    private static AceStep.Batch.BatchOptions RunOptions(BatchCommandOptions options, CliSettings settings, OutputFolder output, CliEnvironment environment)
    {
        var lease = options.Lease ?? TimeSpan.FromSeconds(30);
        return new AceStep.Batch.BatchOptions
        {
            OutputDirectory = output.FullPath,
            DefaultServerCapacity = options.Capacity ?? 2,
            JobTimeout = settings.Timeout,
            LeaseDuration = lease,
            HeartbeatInterval = lease / 3,
            RetryFailed = options.RetryFailed,
            UserAgent = ClientFactory.UserAgent,
            TimeProvider = environment.TimeProvider,
            Random = environment.Random,
        };
    }

    private static int Finish(BatchSummary summary, OutputFolder output, Reporter reporter)
    {
        var manifest = summary.ManifestPath;
        if (summary.ServersUnavailable)
        {
            throw new CliException(
                ExitCode.Unavailable, "servers_unavailable",
                $"Every server stayed unreachable or refused work, so the batch stopped: {summary.Done} of {summary.Total} items done, {summary.Remaining} left in the queue.",
                "Check the servers ('acestep health --api-url URL'), then run the same command again to resume; --give-up-after sets how long to wait.");
        }

        if (summary.Stopped)
        {
            throw new CliException(
                ExitCode.Interrupted, "interrupted",
                $"Stopped: {summary.Done} of {summary.Total} items done; jobs already sent are kept in the queue.",
                "Run the same command again to resume: finished items are skipped, submitted jobs re-attached.");
        }

        if (summary.Failed > 0 || summary.Remaining > 0)
        {
            var left = summary.Remaining > 0 ? $", {summary.Remaining} not finished (held by other runners or waiting for a server)" : "";
            throw new CliException(
                ExitCode.BatchIncomplete, "batch_incomplete",
                $"{summary.Done} of {summary.Total} items done, {summary.Failed} failed{left}. Every item's state and reason is in {manifest}.",
                summary.Failed > 0
                    ? "Run the same command with --retry-failed to send the failed items again, or fix their lines and run it again."
                    : "Run the same command again to go on.");
        }

        reporter.Success($"All {summary.Total} items done in {StatusLineFormatter.Duration(summary.Elapsed)}.");
        reporter.Result($"{output.FullPath} ({summary.Total} items; manifest {Path.GetFileName(manifest)})");
        return 0;
    }
}
