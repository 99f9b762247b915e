using System.CommandLine;
using AceStep.Cli.Transcription;

namespace AceStep.Cli.Commands.Transcribe;

/// <summary><c>acestep transcribe &lt;audio | job-id | result.json&gt;</c>: timed lyrics (LRC, SRT or JSON) aligned to the known lyrics.</summary>
internal static class TranscribeCommand
{
    public static Command Create(CommandRunner runner)
    {
        var input = new Argument<string>("song") { Description = "An audio file, a job id, or a result .json" };
        var provider = new Option<string>("--provider") { Description = "openai, elevenlabs, acestep (the server's own), estimate (no network) or auto (default: transcription.provider)", HelpName = "NAME" };
        var language = new Option<string>("--language") { Description = "Vocal language code (en, zh, ja, ...); default: the job's, or detected", HelpName = "CODE" };
        var format = new Option<string>("--format") { Description = "lrc (default), srt, or json (the lines the video renderer reads)", HelpName = "FORMAT" };
        var output = new Option<string>("--output", "-o") { Description = "The file to write (default: <output folder>/<job_id>_1.lrc or <audio name>.lrc)", HelpName = "PATH" };
        var reference = new Option<string>("--reference") { Description = "Lyrics to align to: a text file or a result .json (automatic for our jobs)", HelpName = "FILE" };
        var gap = new Option<string>("--gap") { Description = "A pause this long ends a line, seconds (default 1.5)", HelpName = "SECONDS" };
        var maxLine = new Option<string>("--max-line") { Description = "Widest line in columns, a CJK character counting two (default 42)", HelpName = "N" };
        var command = new Command("transcribe", "Time a song's lyrics: LRC, SRT or JSON, aligned to the lyrics it was made with") { input };
        foreach (var option in new Option[] { provider, language, format, output, reference, gap, maxLine })
        {
            command.Options.Add(option);
        }

        runner.Bind(
            command,
            (parse, _) => new TranscribeOptions(
                parse.GetValue(input)!,
                new TranscriptionChoices(
                    Choice(parse.GetValue(provider), "--provider", LyricsTranscriber.Providers),
                    parse.GetValue(language),
                    null,
                    NumberParser.Decimal(parse.GetValue(gap), "--gap", 0.1, 60),
                    NumberParser.Integer(parse.GetValue(maxLine), "--max-line", 8, 400)),
                Choice(parse.GetValue(format), "--format", LyricsFileFormat.All),
                parse.GetValue(output),
                parse.GetValue(reference)),
            TranscribeRun.RunAsync);
        return command;
    }

    private static string? Choice(string? value, string flag, IReadOnlyList<string> allowed)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = value.Trim().ToLowerInvariant();
        return allowed.Contains(normalized)
            ? normalized
            : throw Errors.CliException.Usage($"{flag} '{value}' is not one of {string.Join(", ", allowed)}.", $"Example: acestep transcribe song.mp3 {flag} {allowed[0]}");
    }
}
