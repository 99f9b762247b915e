using System.CommandLine;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Commands.Init;

/// <summary>
/// <c>acestep init [--model M] [--lm M]</c>: POST /v1/init, waiting for the load (it can take minutes: downloads,
/// and the server first finishes its running job) with a progress line every few seconds and a deadline.
/// </summary>
internal static class InitCommand
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private const int MaximumTimeoutSeconds = 24 * 3600;

    public static Command Create(CommandRunner runner)
    {
        var model = new Option<string>("--model", "-m") { Description = "DiT model to load, e.g. acestep-v15-base (see 'acestep models --inventory'); default: the server's current one", HelpName = "NAME" };
        var lm = new Option<string>("--lm") { Description = "Also load this 5Hz language model, e.g. acestep-5Hz-lm-1.7B", HelpName = "NAME" };
        var timeout = new Option<string>("--timeout") { Description = "Seconds to wait for the load (default 900); the server may still finish it", HelpName = "SECONDS" };
        var command = new Command("init", "Load (or switch) the server's models now, instead of on the first job") { model, lm, timeout };
        runner.Bind(
            command,
            (parse, _) =>
            {
                var seconds = NumberParser.Integer(parse.GetValue(timeout), "--timeout", 1, MaximumTimeoutSeconds);
                return new InitOptions(
                    Trimmed(parse.GetValue(model)),
                    Trimmed(parse.GetValue(lm)),
                    seconds is { } value ? TimeSpan.FromSeconds(value) : null);
            },
            RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(InitOptions options, RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings();
        var reporter = context.Reporter;
        var clock = context.Environment.TimeProvider;
        using var client = ClientFactory.Create(settings, context.Environment);
        var request = new InitializeModelsRequest { Model = options.Model, InitLlm = options.LanguageModel is not null, LmModelPath = options.LanguageModel };
        reporter.Status($"Loading {options.Model ?? "the configured model"}{(options.LanguageModel is null ? "" : $" and {options.LanguageModel}")} at {settings.ServerDisplay} (this can take minutes)...");
        var started = clock.GetTimestamp();
        var result = await ServerRoute.RequireAsync(
            () => client.LoadModelsAsync(request, new LoadNarrator(reporter), options.Timeout, cancellation),
            "model loading route (/v1/init); a server of this version loads its models at startup");
        var seconds = Math.Round(clock.GetElapsedTime(started).TotalSeconds, 1);
        if (reporter.IsJson)
        {
            reporter.Document(
                new InitReport(settings.ServerDisplay, result.Message, result.LoadedModel, result.LoadedLmModel, result.LlmInitialized, seconds),
                CliJson.Context.InitReport);
            return 0;
        }

        reporter.Success($"{result.Message ?? "Models loaded"} in {seconds:0.#} s.");
        reporter.Result($"Model: {result.LoadedModel ?? "unknown"}");
        reporter.Result($"Language model: {(result.LlmInitialized == true ? result.LoadedLmModel ?? "loaded" : "not loaded")}");
        if (options.LanguageModel is not null && result.LlmInitialized != true)
        {
            throw new CliException(
                ExitCode.Rejected, "lm_not_loaded", $"The server loaded the models but not the language model {options.LanguageModel}.",
                "Check the LM's name (acestep models --inventory) and the server's log; ACESTEP_INIT_LLM=true enables it on small GPUs.");
        }

        return 0;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A status line every few seconds, and whenever what /health says changes.</summary>
    private sealed class LoadNarrator(Reporter reporter) : IProgress<ModelLoadProgress>
    {
        private TimeSpan _lastLine = TimeSpan.Zero;
        private string? _lastState;

        public void Report(ModelLoadProgress value)
        {
            var state = !value.ServerResponding ? "the server is busy loading (it answers nothing meanwhile)"
                : value.ModelsInitialized == false ? "models not loaded yet"
                : value.ModelsInitialized == true ? $"serving {value.LoadedModel ?? "a model"} until the new one is ready"
                : "waiting for the server";
            if (state == _lastState && value.Elapsed - _lastLine < ProgressEvery)
            {
                return;
            }

            _lastState = state;
            _lastLine = value.Elapsed;
            reporter.Status($"  {value.Elapsed.TotalSeconds:0} s: {state}");
        }
    }
}
