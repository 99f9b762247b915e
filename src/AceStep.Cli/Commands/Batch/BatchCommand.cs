using System.CommandLine;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Batch;

/// <summary><c>acestep batch FILE | --matrix SPEC [options]</c>: many songs over many servers through a durable queue.</summary>
internal static class BatchCommand
{
    private const int MaximumTimeoutSeconds = 7 * 24 * 3600;
    private const int MaximumLeaseSeconds = 3600;
    private const int MaximumNameLength = 200;

    public static Command Create(CommandRunner runner)
    {
        var plan = new Argument<string>("file") { Description = "The plan: one generate request a line (JSONL)", Arity = ArgumentArity.ZeroOrOne };
        var matrix = new Option<string>("--matrix") { Description = "Expand a matrix spec (YAML or JSON: base + captions/lyrics/durations/bpms/seeds) instead of a plan", HelpName = "SPEC" };
        var server = new Option<string[]>("--server")
        {
            Description = "A server to use (repeat for several; default: the config's servers list, else api_url)",
            HelpName = "URL",
            AllowMultipleArgumentsPerToken = false,
        };
        var queue = new Option<string>("--queue") { Description = "The queue: postgres://user@host/db, or a SQLite file (default: <state folder>/queue.db)", HelpName = "QUEUE" };
        var name = new Option<string>("--name") { Description = "The batch's name in the queue and its output folder (default: the plan's file name)", HelpName = "NAME" };
        var capacity = new Option<string>("--capacity") { Description = "Jobs each server may hold at once, running and waiting (default 2)", HelpName = "N" };
        var timeout = new Option<string>("--timeout") { Description = "Seconds to wait for one job before it fails as timed out (default: timeout, 1800)", HelpName = "SECONDS" };
        var lease = new Option<string>("--lease") { Description = "Seconds before another runner takes over the items of a runner that died (default 30)", HelpName = "SECONDS" };
        var giveUpAfter = new Option<string>("--give-up-after") { Description = "Seconds every server may be down before the batch stops with exit 5 (default: batch.give_up_after, 600; 0 = wait forever)", HelpName = "SECONDS" };
        var retryFailed = new Option<bool>("--retry-failed") { Description = "Send failed items again (those that may have reached a server included)" };
        var command = new Command("batch", "Generate many songs from a plan over one or more servers; re-run to resume")
        {
            plan, matrix, server, queue, name, capacity, timeout, lease, giveUpAfter, retryFailed,
        };
        runner.Bind(
            command,
            (parse, _) =>
            {
                var planPath = parse.GetValue(plan);
                var matrixPath = parse.GetValue(matrix);
                if ((planPath is null) == (matrixPath is null))
                {
                    throw CliException.Usage(
                        planPath is null ? "Give a plan file or --matrix SPEC." : "Give a plan file or --matrix SPEC, not both.",
                        "Example: acestep batch songs.jsonl   or   acestep batch --matrix sweep.yaml");
                }

                var timeoutSeconds = NumberParser.Integer(parse.GetValue(timeout), "--timeout", 1, MaximumTimeoutSeconds);
                var leaseSeconds = NumberParser.Integer(parse.GetValue(lease), "--lease", 3, MaximumLeaseSeconds);
                return new BatchCommandOptions(
                    planPath,
                    matrixPath,
                    [.. (parse.GetValue(server) ?? []).Select(ParseServer)],
                    parse.GetValue(queue),
                    CheckName(parse.GetValue(name)),
                    NumberParser.Integer(parse.GetValue(capacity), "--capacity", 1, ServerListReader.MaximumCapacity),
                    timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                    leaseSeconds is { } leaseValue ? TimeSpan.FromSeconds(leaseValue) : null,
                    parse.GetValue(retryFailed),
                    NumberParser.Integer(parse.GetValue(giveUpAfter), "--give-up-after", 0, MaximumTimeoutSeconds) is { } giveUp ? TimeSpan.FromSeconds(giveUp) : null);
            },
            BatchWorkflow.RunAsync);
        return command;
    }

    private static Uri ParseServer(string text) =>
        ConfigValueParser.TryParse(ConfigKeys.ApiUrl, text, out var url, out var error)
            ? new Uri(url + "/")
            : throw CliException.Usage(error.Replace(ConfigKeys.ApiUrl.Name, "--server", StringComparison.Ordinal), "Example: --server http://gpu1:8001 --server http://gpu2:8001");

    private static string? CheckName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var trimmed = name.Trim();
        return trimmed.Length is 0 or > MaximumNameLength || trimmed.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\']) >= 0 || trimmed is "." or ".."
            ? throw CliException.Usage($"--name must be 1 to {MaximumNameLength} characters and usable as a folder name (no '/').")
            : trimmed;
    }
}
