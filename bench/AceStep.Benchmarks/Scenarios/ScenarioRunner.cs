namespace AceStep.Benchmarks.Scenarios;

/// <summary>Dispatches <c>scenario NAME ARGS…</c> to the scenario that NAME names.</summary>
internal static class ScenarioRunner
{
    public static async Task<int> RunAsync(string name, string[] args)
    {
        switch (name)
        {
            case "make-completion":
                CompletionBodyWriter.Write(args[0], megabytes: int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                return 0;
            case "serve-completion":
                await CompletionFileServer.RunAsync(args[0]);
                return 0;
            case "copy":
                await ResponseCopyScenario.RunAsync(new Uri(args[0]), args[1]);
                return 0;
            case "save":
                await CompletionSaveScenario.RunAsync(new Uri(args[0]), args[1]);
                return 0;
            case "prompt":
                await PromptResultsScenario.RunAsync(runs: int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture));
                return 0;
            case "many":
                await ManyJobsScenario.RunAsync(new Uri(args[0]), jobs: int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                return 0;
            case "seed-jobs":
                await QueryLoadSeeder.RunAsync(new Uri(args[0]), int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"unknown scenario '{name}'");
                return 2;
        }
    }
}
