using System.CommandLine;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Commands.Health;

/// <summary><c>acestep health</c>: one /health request; service, version and, on newer servers, the model state.</summary>
internal static class HealthCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("health", "Check that the ACE-Step server answers and its models are loaded");
        runner.Bind(command, RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings();
        var reporter = context.Reporter;
        using var client = ClientFactory.Create(settings, context.Environment);
        reporter.Status($"Checking API at: {settings.ServerDisplay}");
        var health = await Preflight.CheckHealthAsync(client, settings, cancellation);
        var ok = string.Equals(health.Status, "ok", StringComparison.OrdinalIgnoreCase);
        if (Preflight.IsCloud(settings) && !settings.HasApiKey)
        {
            reporter.Warning("No API key is configured; the cloud API needs one to generate. Get a free key at acemusic.ai, then: printf %s \"$KEY\" | acestep config --set api_key");
        }

        Print(reporter, settings, health, ok);
        if (health.ModelsInitialized == false)
        {
            reporter.Status("The models load on the first job (that can take minutes); the first generation waits for it.");
        }

        if (health.ModelsInitialized == true && health.LlmInitialized == false)
        {
            reporter.Status("Without the language model, use --no-thinking and avoid -d, --use-format and random.");
        }

        return ok ? 0 : (int)ExitCode.Unavailable;
    }

    private static void Print(Reporter reporter, CliSettings settings, HealthInfo health, bool ok)
    {
        if (reporter.IsJson)
        {
            reporter.Document(
                new HealthReport
                {
                    Server = settings.ServerDisplay,
                    Ok = ok,
                    Status = health.Status,
                    Service = health.Service,
                    Version = health.Version,
                    ModelsInitialized = health.ModelsInitialized,
                    LlmInitialized = health.LlmInitialized,
                    LoadedModel = health.LoadedModel,
                    LoadedLmModel = health.LoadedLmModel,
                },
                CliJson.Context.HealthReport);
            return;
        }

        reporter.Result($"Status: {(ok ? "ok" : health.Status ?? "unknown")}");
        reporter.Result($"Service: {health.Service ?? "unknown"} {health.Version}".TrimEnd());
        if (health.HasModelState)
        {
            reporter.Result($"Models initialized: {Describe(health.ModelsInitialized)}{(health.LoadedModel is null ? "" : $" ({health.LoadedModel})")}");
            reporter.Result($"Language model: {Describe(health.LlmInitialized)}{(health.LoadedLmModel is null ? "" : $" ({health.LoadedLmModel})")}");
        }
    }

    private static string Describe(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "unknown",
    };
}
