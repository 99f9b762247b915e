using AceStep.Cli.Json;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Commands.Models;

/// <summary>The model inventory as text or as the --json document (shared by <c>models --inventory</c> and <c>init</c>).</summary>
internal static class InventoryView
{
    public static void Print(Reporter reporter, string server, ModelInventory inventory)
    {
        if (reporter.IsJson)
        {
            reporter.Document(InventoryReport.Of(server, inventory), CliJson.Context.InventoryReport);
            return;
        }

        reporter.Status($"Models at {server} (load one with: acestep init --model NAME):");
        foreach (var model in inventory.Models)
        {
            var marks = string.Join(", ", new[] { model.IsLoaded ? "loaded" : null, model.IsDefault ? "default" : null }.OfType<string>());
            reporter.Result($"{model.Name}{(marks.Length == 0 ? "" : $"  [{marks}]")}  tasks: {string.Join(", ", model.SupportedTaskTypes)}");
        }

        foreach (var lm in inventory.LmModels)
        {
            reporter.Result($"LM {lm.Name}{(lm.IsLoaded ? "  [loaded]" : "")}");
        }

        reporter.Result($"Language model: {(inventory.LlmInitialized == true ? $"loaded ({inventory.LoadedLmModel})" : "not loaded (acestep init --lm NAME)")}");
    }
}
