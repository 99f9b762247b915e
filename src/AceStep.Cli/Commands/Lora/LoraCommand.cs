using System.CommandLine;
using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Client;

namespace AceStep.Cli.Commands.Lora;

/// <summary>
/// <c>acestep lora list|load|unload|scale|enable|disable</c>: the LoRA/LoKr adapters of the server's primary model
/// (/v1/lora/*, newer servers only). Each change prints the server's message, then the adapters as they now are.
/// </summary>
internal static class LoraCommand
{
    private const string Feature = "LoRA routes (/v1/lora/*)";

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("lora", "List, load, unload, scale or switch the server's LoRA adapters");

        var list = new Command("list", "Show the loaded adapters, their scales and whether they are on");
        runner.Bind(list, (_, _) => new LoraOptions(LoraAction.List), RunAsync);

        var path = new Argument<string>("PATH") { Description = "The adapter's folder or .safetensors file, as a path on the server's machine" };
        var loadName = new Option<string>("--name") { Description = "Adapter name (default: the file or folder name)", HelpName = "NAME" };
        var load = new Command("load", "Load an adapter from a path on the server's machine") { path, loadName };
        runner.Bind(load, (parse, _) => new LoraOptions(LoraAction.Load, RequireText(parse.GetValue(path), "PATH"), Trimmed(parse.GetValue(loadName))), RunAsync);

        var unload = new Command("unload", "Remove every adapter (back to the base model)");
        runner.Bind(unload, (_, _) => new LoraOptions(LoraAction.Unload), RunAsync);

        var scale = new Argument<string>("SCALE") { Description = "Strength from 0.0 (off) to 1.0 (full)" };
        var scaleName = new Option<string>("--name") { Description = "The adapter to scale (default: the active one)", HelpName = "NAME" };
        var scaleCommand = new Command("scale", "Set an adapter's strength, 0.0-1.0") { scale, scaleName };
        runner.Bind(
            scaleCommand,
            (parse, _) => new LoraOptions(LoraAction.Scale, AdapterName: Trimmed(parse.GetValue(scaleName)), Scale: NumberParser.Decimal(parse.GetValue(scale), "SCALE", 0, 1)),
            RunAsync);

        var enable = new Command("enable", "Use the loaded adapters again");
        runner.Bind(enable, (_, _) => new LoraOptions(LoraAction.Enable), RunAsync);
        var disable = new Command("disable", "Keep the adapters loaded but generate without them");
        runner.Bind(disable, (_, _) => new LoraOptions(LoraAction.Disable), RunAsync);

        command.Subcommands.Add(list);
        command.Subcommands.Add(load);
        command.Subcommands.Add(unload);
        command.Subcommands.Add(scaleCommand);
        command.Subcommands.Add(enable);
        command.Subcommands.Add(disable);
        return command;
    }

    public static async Task<int> RunAsync(LoraOptions options, RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings();
        var reporter = context.Reporter;
        using var client = ClientFactory.Create(settings, context.Environment);
        var change = await ServerRoute.RequireAsync(() => ChangeAsync(client, options, cancellation), Feature);
        LoraStatus status;
        try
        {
            status = await ServerRoute.RequireAsync(() => client.GetLoraStatusAsync(cancellation), Feature);
        }
        catch (AceStepServerErrorException error) when (error.ServerMessage == "Model not initialized")
        {
            throw NotLoaded(error);
        }

        if (reporter.IsJson)
        {
            reporter.Document(
                new LoraReport(settings.ServerDisplay, options.Action.ToString().ToLowerInvariant(), change?.Message,
                    status.Loaded, status.Enabled, status.Scale, status.ActiveAdapter, status.Adapters, status.Scales),
                CliJson.Context.LoraReport);
            return 0;
        }

        if (change?.Message is { } message)
        {
            if (change.IsWarning)
            {
                reporter.Warning(message);
            }
            else
            {
                reporter.Status(message);
            }
        }

        if (!status.Loaded)
        {
            reporter.Result("No adapter loaded.");
            return 0;
        }

        reporter.Result($"Adapters: {(status.Enabled ? "on" : "off (acestep lora enable)")}");
        foreach (var name in status.Adapters)
        {
            var shown = status.Scales.TryGetValue(name, out var value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "?";
            reporter.Result($"{name}  scale {shown}{(name == status.ActiveAdapter ? "  [active]" : "")}");
        }

        return 0;
    }

    private static async Task<LoraChange?> ChangeAsync(AceStepClient client, LoraOptions options, CancellationToken cancellation)
    {
        try
        {
            return options.Action switch
            {
                LoraAction.Load => await client.LoadLoraAsync(options.Path!, options.AdapterName, cancellation),
                LoraAction.Unload => await client.UnloadLoraAsync(cancellation),
                LoraAction.Scale => await client.SetLoraScaleAsync(options.Scale!.Value, options.AdapterName, cancellation),
                LoraAction.Enable => await client.SetLoraEnabledAsync(true, cancellation),
                LoraAction.Disable => await client.SetLoraEnabledAsync(false, cancellation),
                _ => null,
            };
        }
        catch (AceStepServerErrorException error) when (error.ServerMessage == "Model not initialized")
        {
            throw NotLoaded(error);
        }
        catch (AceStepInvalidRequestException error) when (error.StatusCode is 400)
        {
            throw new CliException(ExitCode.Rejected, "lora_rejected", error.ServerMessage ?? error.Message, HintFor(options));
        }
    }

    private static CliException NotLoaded(AceStepException error) => new(
        ExitCode.Unavailable, "not_ready", $"The server has not loaded its model yet ({error.ServerMessage}); adapters need it.",
        "Load it first: acestep init");

    private static string HintFor(LoraOptions options) => options.Action switch
    {
        LoraAction.Load => "The path is read on the server's machine: give the adapter's folder or .safetensors file as the server sees it.",
        _ => "See the loaded adapters with: acestep lora list",
    };

    private static string RequireText(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw CliException.Usage($"{name} is empty.", "acestep lora load PATH [--name NAME]") : value.Trim();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
