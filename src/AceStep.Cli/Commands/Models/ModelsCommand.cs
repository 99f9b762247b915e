using System.CommandLine;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;

namespace AceStep.Cli.Commands.Models;

/// <summary><c>acestep models</c>: the loaded models, with the bare name that native <c>--model</c> takes.</summary>
internal static class ModelsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var inventory = new Option<bool>("--inventory") { Description = "Every model the server could load (/v1/model_inventory): DiT models, their task types, and the language models" };
        var command = new Command("models", "List the models the server has loaded") { inventory };
        runner.Bind(command, (parse, _) => new ModelsOptions(parse.GetValue(inventory)), RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ModelsOptions options, RunContext context, CancellationToken cancellation)
    {
        var settings = context.Settings();
        using var client = ClientFactory.Create(settings, context.Environment);
        if (options.Inventory)
        {
            var inventory = await ServerRoute.RequireAsync(() => client.GetModelInventoryAsync(cancellation), "model inventory (/v1/model_inventory)");
            InventoryView.Print(context.Reporter, settings.ServerDisplay, inventory);
            return 0;
        }

        var models = await client.ListModelsAsync(cancellation);
        var reporter = context.Reporter;
        if (reporter.IsJson)
        {
            var entries = models.Select(m => new ModelEntry(m.Id, m.NativeName, m.Name)).ToList();
            reporter.Document(new ModelsReport(settings.ServerDisplay, entries), CliJson.Context.ModelsReport);
            return 0;
        }

        if (models.Count == 0)
        {
            reporter.Status("The server lists no loaded model yet (models load on the first job).");
            return 0;
        }

        reporter.Status($"Models at {settings.ServerDisplay} (use either name with --model):");
        foreach (var model in models)
        {
            reporter.Result(model.Id == model.NativeName ? model.Id : $"{model.Id}  (native: {model.NativeName})");
        }

        return 0;
    }
}
