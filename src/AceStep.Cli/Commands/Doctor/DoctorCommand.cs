using System.CommandLine;
using System.Globalization;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Rendering;

namespace AceStep.Cli.Commands.Doctor;

/// <summary>
/// <c>acestep doctor</c>: checks the server and this machine, one line each (✔ works, ✖ broken, ! optional feature
/// missing, - for information) with the command that fixes a problem. Never prompts; every probe has a deadline
/// of a few seconds and they run side by side, so the whole run takes seconds. Exit code: 0 when nothing is ✖,
/// else the code of the first ✖ (5 no usable server, 4 key, 3 configuration, 10 output folder).
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(CommandRunner runner)
    {
        var ports = new Option<string>("--ports") { Description = "127.0.0.1 ports to probe after the configured address (default 8001,8002,7860)", HelpName = "N[,N...]" };
        var command = new Command("doctor", "Check the server, the API key, the models, ffmpeg, fonts, keys and the output folder") { ports };
        runner.Bind(command, (parse, _) => new DoctorOptions(ParsePorts(parse.GetValue(ports))), RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(DoctorOptions options, RunContext context, CancellationToken cancellation)
    {
        var environment = context.Environment;
        var checks = new List<DoctorCheck>();
        CliSettings? settings = null;
        try
        {
            settings = context.Settings();
        }
        catch (CliException error)
        {
            checks.Add(DoctorCheck.Fail("config", error.Message, error.Hint ?? "acestep config --list", ExitCode.Configuration));
        }

        var server = new ServerChecks(
            settings?.ApiUrl ?? new Uri(ConfigKeys.DefaultApiUrl),
            settings?.HasApiKey == true ? settings.ApiKey : null,
            settings?.Mode == ApiMode.Native,
            environment.TimeProvider);
        var serverLines = server.RunAsync(options.Ports, cancellation);
        var localLines = LocalChecks.RunAsync(environment, cancellation);
        checks.AddRange(await serverLines);
        checks.AddRange(await localLines);
        if (settings is not null)
        {
            checks.AddRange(LocalChecks.SecretKeys(context.Resolver()));
            checks.Add(LocalChecks.OutputFolder(context.OutputFolder(settings)));
        }

        var firstFailure = checks.FirstOrDefault(static c => c.Outcome == CheckOutcome.Fail);
        var exitCode = firstFailure is null ? 0 : (int)firstFailure.FailureCode;
        Print(context.Reporter, checks, server.Server, exitCode);
        return exitCode;
    }

    private static void Print(Reporter reporter, IReadOnlyList<DoctorCheck> checks, Uri? server, int exitCode)
    {
        if (reporter.IsJson)
        {
            var lines = checks.Select(static c => new DoctorLine(c.Name, c.Outcome.ToString().ToLowerInvariant(), c.Message, c.Fix)).ToList();
            reporter.Document(new DoctorReport(exitCode == 0, exitCode, server?.GetLeftPart(UriPartial.Path).TrimEnd('/'), lines), CliJson.Context.DoctorReport);
            return;
        }

        var palette = reporter.Palette;
        foreach (var check in checks)
        {
            var mark = check.Outcome switch
            {
                CheckOutcome.Pass => palette.Green("✔"),
                CheckOutcome.Fail => palette.Red("✖"),
                CheckOutcome.Warn => palette.Yellow("!"),
                _ => "-",
            };
            reporter.Result($"{mark} {check.Message}");
            if (check.Fix is not null && check.Outcome is CheckOutcome.Fail or CheckOutcome.Warn)
            {
                reporter.Result($"    fix: {check.Fix}");
            }
        }

        var failures = checks.Count(static c => c.Outcome == CheckOutcome.Fail);
        reporter.Status(failures == 0 ? "No problems found." : $"{failures} problem(s) found; exit code {exitCode}.");
    }

    private static IReadOnlyList<int> ParsePorts(string? text)
    {
        if (text is null)
        {
            return DoctorOptions.DefaultPorts;
        }

        var ports = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                throw CliException.Usage($"--ports: '{part}' is not a port number (1-65535).", "Give a comma list, e.g. --ports 8001,8002,7860");
            }

            ports.Add(port);
        }

        return ports;
    }
}
