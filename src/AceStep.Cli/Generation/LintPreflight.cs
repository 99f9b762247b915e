using AceStep.Cli.Errors;
using AceStep.Cli.Output;
using AceStep.Cli.Rendering;
using AceStep.Client;
using AceStep.Songwriting;

namespace AceStep.Cli.Generation;

/// <summary>
/// The songwriting rules before a generation: fills in <c>--duration auto</c> from the estimate, prints the findings,
/// and in strict mode stops on errors. Local only: it runs before /health and before anything is submitted.
/// </summary>
internal static class LintPreflight
{
    public static GenerationPlan Apply(GenerateOptions options, GenerationPlan plan, Reporter reporter)
    {
        if (options.AutoDuration)
        {
            plan = WithEstimatedDuration(options, plan, reporter);
        }

        if (options.Lint == LintMode.Off || !options.HasOwnSongText)
        {
            return plan;
        }

        var report = SongLinter.Lint(DraftOf(plan.Request));
        LintPrinter.PrintPreflight(report, reporter);
        if (report.BlocksGeneration(options.Lint == LintMode.Strict))
        {
            throw new CliException(
                ExitCode.LintFindings,
                "lint_errors",
                $"--strict: the song draft has {(report.Errors == 1 ? "1 lint error" : $"{report.Errors} lint errors")}; nothing was sent.",
                "Fix them (acestep lint with the same -c/-l flags shows each with its fix; add --json for the list), or drop --strict.");
        }

        return plan;
    }

    public static SongDraft DraftOf(GenerationRequest request) => new()
    {
        Caption = request.Caption,
        Lyrics = request.Lyrics,
        Bpm = request.Bpm,
        KeyScale = request.KeyScale,
        TimeSignature = request.TimeSignature,
        DurationSeconds = request.DurationSeconds,
        VocalLanguage = request.VocalLanguage,
        Instrumental = request.Instrumental,
    };

    private static GenerationPlan WithEstimatedDuration(GenerateOptions options, GenerationPlan plan, Reporter reporter)
    {
        if (!options.HasOwnSongText)
        {
            throw CliException.Usage(
                "--duration auto estimates the length from your lyrics and BPM, but there are none here (a description or a random song).",
                "Give --duration SECONDS, or leave it out and let the server choose.");
        }

        var estimate = SongLinter.EstimateDuration(DraftOf(plan.Request));
        reporter.Status($"--duration auto: {estimate.Seconds} s ({estimate.Basis})");
        var request = plan.Request with { DurationSeconds = estimate.Seconds };
        return plan with { Request = request, Summary = RequestSummary.Of(request) };
    }
}
