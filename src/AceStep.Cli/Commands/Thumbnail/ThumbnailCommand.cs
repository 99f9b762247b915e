using System.CommandLine;
using AceStep.Cli.Errors;
using AceStep.Providers.Gemini;

namespace AceStep.Cli.Commands.Thumbnail;

/// <summary><c>acestep thumbnail [--prompt TEXT] [--from JOB|result.json]</c>: a cover or video background from Gemini.</summary>
internal static class ThumbnailCommand
{
    public static Command Create(CommandRunner runner)
    {
        var prompt = new Option<string>("--prompt", "-p") { Description = "What to draw (with --from: instead of the song's caption)", HelpName = "TEXT" };
        var from = new Option<string>("--from") { Description = "The song it is for: a job id, a result .json or its audio; its caption makes the prompt", HelpName = "JOB" };
        var aspect = new Option<string>("--aspect-ratio") { Description = $"One of {string.Join(", ", ImageAspectRatios.All)} (default 16:9)", HelpName = "RATIO" };
        var size = new Option<string>("--size") { Description = "1K, 2K (default: a 1080p background is not upscaled) or 4K", HelpName = "SIZE" };
        var model = new Option<string>("--model") { Description = "Gemini image model (default: gemini.model, gemini-3.1-flash-image)", HelpName = "NAME" };
        var output = new Option<string>("--output", "-o") { Description = "The file (default: <output folder>/<job_id>_cover.<ext>); the extension follows the image's type", HelpName = "PATH" };
        var command = new Command("thumbnail", "Make a cover or video background image with Gemini");
        foreach (var option in new Option[] { prompt, from, aspect, size, model, output })
        {
            command.Options.Add(option);
        }

        runner.Bind(
            command,
            (parse, _) => new ThumbnailOptions(
                parse.GetValue(prompt),
                parse.GetValue(from),
                AspectRatio(parse.GetValue(aspect)),
                Size(parse.GetValue(size)),
                parse.GetValue(model),
                parse.GetValue(output)),
            ThumbnailRun.RunAsync);
        return command;
    }

    private static string AspectRatio(string? value) => value is null ? ImageAspectRatios.Default
        : ImageAspectRatios.IsSupported(value) ? value.Trim()
        : throw CliException.Usage($"--aspect-ratio '{value}' is not one Gemini accepts.", $"Use one of {string.Join(", ", ImageAspectRatios.All)}.");

    private static string Size(string? value) => value is null ? ImageSizes.Default
        : ImageSizes.Normalize(value) ?? throw CliException.Usage($"--size '{value}' is not one Gemini accepts.", "Use 1K, 2K or 4K.");
}
