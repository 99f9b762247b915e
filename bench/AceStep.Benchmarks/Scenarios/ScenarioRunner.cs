using System.Globalization;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>Dispatches <c>scenario NAME ARGS…</c> to the scenario that NAME names.</summary>
internal static class ScenarioRunner
{
    public static async Task<int> RunAsync(string name, string[] args)
    {
        static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

        switch (name)
        {
            case "make-completion":
                CompletionBodyWriter.Write(args[0], megabytes: Number(args[1]));
                return 0;
            case "make-completion-stream":
                CompletionBodyWriter.WriteStream(args[0], megabytes: Number(args[1]));
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
            case "save-stream":
                await CompletionSaveScenario.RunAsync(new Uri(args[0]), args[1], stream: true);
                return 0;
            case "prompt":
                await PromptResultsScenario.RunAsync(runs: Number(args[0]));
                return 0;
            case "prompt-gap":
                await PromptGapScenario.RunAsync(runs: Number(args[0]));
                return 0;
            case "many":
                await ManyJobsScenario.RunAsync(new Uri(args[0]), jobs: Number(args[1]));
                return 0;
            case "mv":
                await MusicVideoScenario.RunAsync(double.Parse(args[0], CultureInfo.InvariantCulture), args[1]);
                return 0;
            case "mv-previews":
                await MusicVideoPreviews.RunAsync(args[0]);
                return 0;
            case "seed-jobs":
                await QueryLoadSeeder.RunAsync(new Uri(args[0]), Number(args[1]), args[2]);
                return 0;
            case "batch-farm":
                await BatchFarmScenario.RunAsync(Number(args[0]), double.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
                return 0;
            case "batch-run":
                await BatchRunScenario.RunAsync(args[0], args[1], Number(args[2]), args[3], args[4]);
                return 0;
            case "batch-check":
                await BatchCheckScenario.RunAsync(args[0], args[1], args[2], args[3]);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"unknown scenario '{name}'");
                return 2;
        }
    }
}
