using System.CommandLine;
using System.Globalization;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Client;

namespace AceStep.Cli.Commands.Stats;

/// <summary><c>acestep stats</c>: /v1/stats — job counts, the queue, the average job time and the wait a new job would have.</summary>
internal static class StatsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("stats", "Show the server's job counts, queue and average job time");
        runner.Bind(command, RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings();
        using var client = ClientFactory.Create(settings, context.Environment);
        var stats = await client.GetStatsAsync(cancellation);
        var wait = EstimatedWait(stats);
        var reporter = context.Reporter;
        if (reporter.IsJson)
        {
            reporter.Document(
                new StatsReport(settings.ServerDisplay, stats.TotalJobs, stats.QueuedJobs, stats.RunningJobs, stats.SucceededJobs, stats.FailedJobs,
                    stats.QueueSize, stats.QueueMaxSize, stats.AverageJobSeconds, wait),
                CliJson.Context.StatsReport);
            return 0;
        }

        reporter.Status($"Server: {settings.ServerDisplay}");
        reporter.Result($"Jobs: {stats.TotalJobs} total, {stats.QueuedJobs} queued, {stats.RunningJobs} running, {stats.SucceededJobs} succeeded, {stats.FailedJobs} failed");
        reporter.Result($"Queue: {stats.QueueSize} waiting (capacity {stats.QueueMaxSize})");
        reporter.Result($"Average job time: {Seconds(stats.AverageJobSeconds)}");
        reporter.Result($"Estimated wait for a new job: {Seconds(wait)}");
        return 0;
    }

    /// <summary>Everything queued or running goes first, each taking about the average (the server's own estimate).</summary>
    public static double? EstimatedWait(ServerStats stats) =>
        stats.AverageJobSeconds is { } average ? Math.Round((stats.QueueSize + stats.RunningJobs) * average, 1) : null;

    public static string Seconds(double? value) =>
        value is { } seconds ? seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s" : "unknown";
}
