using System.CommandLine;
using AceStep.Cli.Commands.Generate;
using AceStep.Cli.Errors;
using AceStep.Cli.Rendering;
using AceStep.Songwriting;
using AceStep.Songwriting.Json;

namespace AceStep.Cli.Commands.Lint;

/// <summary>
/// <c>acestep lint -c CAPTION -l LYRICS [metadata flags]</c>: checks a song draft against the songwriting rules
/// without a server. Exit 0 when clean (information alone is clean), 11 when it has errors or warnings.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CommandRunner runner)
    {
        var caption = new Option<string>("--caption", "-c") { Description = "Style caption, as for generate", HelpName = "TEXT" };
        var lyrics = new Option<string>("--lyrics", "-l") { Description = "Lyrics text; @FILE reads a file, - reads stdin", HelpName = "TEXT|@FILE|-" };
        var lyricsFile = new Option<string>("--lyrics-file") { Description = "Read the lyrics from a UTF-8 file", HelpName = "PATH" };
        var bpm = new Option<string>("--bpm") { Description = "Tempo the song will be generated at", HelpName = "N" };
        var keyScale = new Option<string>("--key-scale", "--key") { Description = "Musical key, e.g. \"E minor\"", HelpName = "KEY" };
        var timeSignature = new Option<string>("--time-signature", "--time-sig") { Description = "Time signature, e.g. 4/4", HelpName = "SIG" };
        var duration = new Option<string>("--duration") { Description = "Requested length in seconds", HelpName = "SECONDS" };
        var language = new Option<string>("--language", "--vocal-language") { Description = "Vocal language code: en, zh, ja, ...", HelpName = "CODE" };
        var instrumental = new Option<bool>("--instrumental") { Description = "The song is meant to have no vocals" };
        var command = new Command("lint", "Check a caption and lyrics against the songwriting rules, and estimate the duration")
        {
            caption, lyrics, lyricsFile, bpm, keyScale, timeSignature, duration, language, instrumental,
        };
        runner.Bind(
            command,
            (parse, environment) => new LintOptions(new SongDraft
            {
                Caption = parse.GetValue(caption),
                Lyrics = LyricsSource.Read(parse.GetValue(lyrics), parse.GetValue(lyricsFile), environment),
                // Any well-formed number is accepted: values outside the model's ranges are findings (M1a, M5a), not usage errors.
                Bpm = NumberParser.Integer(parse.GetValue(bpm), "--bpm", 1, 100_000),
                KeyScale = parse.GetValue(keyScale),
                TimeSignature = parse.GetValue(timeSignature),
                DurationSeconds = NumberParser.Decimal(parse.GetValue(duration), "--duration", 0, 100_000, minimumExclusive: true),
                VocalLanguage = parse.GetValue(language),
                Instrumental = parse.GetValue(instrumental),
            }),
            Run);
        return command;
    }

    private static Task<int> Run(LintOptions options, RunContext context, CancellationToken cancellation)
    {
        var draft = options.Draft;
        if (string.IsNullOrWhiteSpace(draft.Caption) && string.IsNullOrWhiteSpace(draft.Lyrics))
        {
            throw CliException.Usage(
                "Nothing to lint: give a caption, lyrics, or both.",
                "acestep lint -c \"pop, female vocal, piano\" -l @lyrics.txt --bpm 100");
        }

        var report = SongLinter.Lint(draft);
        var reporter = context.Reporter;
        if (reporter.IsJson)
        {
            reporter.Document(LintReportJson.Write(report, indented: false));
        }
        else
        {
            LintPrinter.PrintReport(report, reporter);
        }

        return Task.FromResult(report.Outcome == LintOutcome.Clean ? (int)ExitCode.Success : (int)ExitCode.LintFindings);
    }
}
