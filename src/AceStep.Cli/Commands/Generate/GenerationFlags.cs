using System.CommandLine;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Platform;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Commands.Generate;

/// <summary>
/// The flags shared by <c>generate</c> and <c>cover</c>, and their parsing into a checked generation. Numbers are
/// read as text and checked by <see cref="NumberParser"/>, so that errors name the flag and its allowed range.
/// </summary>
internal sealed class GenerationFlags
{
    public Option<string> Caption { get; } = new("--caption", "-c") { Description = "Style caption, e.g. \"pop, female vocal, piano\"", HelpName = "TEXT" };

    public Option<string> Lyrics { get; } = new("--lyrics", "-l") { Description = "Lyrics text; @FILE reads a file, - reads stdin", HelpName = "TEXT|@FILE|-" };

    public Option<string> LyricsFile { get; } = new("--lyrics-file") { Description = "Read the lyrics from a UTF-8 file", HelpName = "PATH" };

    public Option<string> Description { get; } = new("--description", "-d") { Description = "Simple mode: describe the song, the LM writes caption and lyrics", HelpName = "TEXT" };

    public Option<bool> Instrumental { get; } = new("--instrumental") { Description = "No vocals (sends [inst] as the lyrics)" };

    public Option<bool> Thinking { get; } = new("--thinking", "-t") { Description = "Use the 5Hz LM (default: generation.thinking, true)" };

    public Option<bool> NoThinking { get; } = new("--no-thinking") { Description = "Skip the LM: faster (wins over --thinking)" };

    public Option<bool> UseFormat { get; } = new("--use-format") { Description = "Let the LM rewrite caption and lyrics (default: generation.use_format, false)" };

    public Option<bool> NoFormat { get; } = new("--no-format") { Description = "Do not let the LM rewrite caption and lyrics (wins over --use-format)" };

    public Option<string> Model { get; } = new("--model", "-m") { Description = "DiT model, e.g. acestep-v15-turbo (see 'acestep models')", HelpName = "NAME" };

    public Option<string> Language { get; } = new("--language", "--vocal-language") { Description = "Vocal language code: en, zh, ja, ko, ... (default: generation.vocal_language)", HelpName = "CODE" };

    public Option<string> Steps { get; } = new("--steps") { Description = "Diffusion steps (turbo ~8, base 32-64)", HelpName = "N" };

    public Option<string> Guidance { get; } = new("--guidance") { Description = "Guidance scale (base/SFT models)", HelpName = "X" };

    public Option<string> Seed { get; } = new("--seed") { Description = "Seed, or a comma list with one per file (-1 = random)", HelpName = "N[,N...]" };

    public Option<string> Duration { get; } = new("--duration") { Description = "Length in seconds: the model makes 10-600 (a warning outside it; up to 3600 accepted), or auto: the lint's estimate from the lyrics and BPM", HelpName = "SECONDS|auto" };

    public Option<string> Bpm { get; } = new("--bpm") { Description = "Tempo, 30-300", HelpName = "N" };

    public Option<string> Batch { get; } = new("--batch") { Description = "Number of files, 1-8 (default: generation.batch_size, 1)", HelpName = "N" };

    public Option<string> KeyScale { get; } = new("--key-scale", "--key") { Description = "Musical key: a note A-G, optional # or b, major or minor, e.g. \"E minor\"", HelpName = "KEY" };

    public Option<string> TimeSignature { get; } = new("--time-signature", "--time-sig") { Description = "Time signature: 2/4, 3/4, 4/4 or 6/8", HelpName = "SIG" };

    public Option<string> TaskType { get; } = new("--task-type") { Description = "text2music, cover, repaint, lego, extract, complete, cover-nofsq (default: cover with --src-audio)", HelpName = "TYPE" };

    public Option<string> SourceAudio { get; } = new("--src-audio") { Description = "Source audio file for cover/repaint (uploaded to the server)", HelpName = "FILE" };

    public Option<string> ReferenceAudio { get; } = new("--reference-audio", "--ref-audio") { Description = "Reference audio file whose style guides the song (uploaded to the server)", HelpName = "FILE" };

    public Option<string> CoverStrength { get; } = new("--cover-strength") { Description = "0.0-1.0, higher = closer to the source (server default 1.0)", HelpName = "X" };

    public Option<string> RepaintStart { get; } = new("--repaint-start") { Description = "Repaint window start, seconds", HelpName = "SECONDS" };

    public Option<string> RepaintEnd { get; } = new("--repaint-end") { Description = "Repaint window end, seconds", HelpName = "SECONDS" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Stop before sending when the songwriting lint finds errors (exit 11)" };

    public Option<bool> NoLint { get; } = new("--no-lint") { Description = "Skip the songwriting lint before sending" };

    public WaitFlags Wait { get; } = new();

    public TagFlags Tags { get; } = new();

    public void AddTo(Command command, bool includeSourceAudio, bool includeNoWait = true)
    {
        Option[] options =
        [
            Caption, Lyrics, LyricsFile, Description, Instrumental, Thinking, NoThinking, UseFormat, NoFormat, Model, Language,
            Steps, Guidance, Seed, Duration, Bpm, Batch, KeyScale, TimeSignature, TaskType, ReferenceAudio, CoverStrength, RepaintStart, RepaintEnd,
            Strict, NoLint,
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        if (includeSourceAudio)
        {
            command.Options.Add(SourceAudio);
        }

        Wait.AddTo(command, includeNoWait);
        Tags.AddTo(command);
    }

    /// <summary>
    /// The generation exactly as the flags give it: an unset flag stays null, so the configured default applies
    /// later (<see cref="GenerationPlanner"/>). Numbers and lyrics files are checked here, the source file later.
    /// </summary>
    public GenerateOptions Read(ParseResult parse, CliEnvironment environment, string? positionalCaption, string? positionalSource)
    {
        var caption = parse.GetValue(Caption);
        if (caption is not null && positionalCaption is not null)
        {
            throw CliException.Usage(
                $"Two captions given: '{positionalCaption}' and -c '{caption}'.",
                "Give the caption once, either as the first argument or with -c.");
        }

        var optionSource = parse.GetValue(SourceAudio);
        if (positionalSource is not null && optionSource is not null)
        {
            throw CliException.Usage("Two source files given: the cover argument and --src-audio.", "Give the source once: acestep cover FILE ...");
        }

        var duration = parse.GetValue(Duration);
        var autoDuration = string.Equals(duration?.Trim(), "auto", StringComparison.OrdinalIgnoreCase);
        var request = new GenerationRequest
        {
            Caption = caption ?? positionalCaption,
            Lyrics = LyricsSource.Read(parse.GetValue(Lyrics), parse.GetValue(LyricsFile), environment),
            Description = parse.GetValue(Description),
            Instrumental = parse.GetValue(Instrumental),
            Thinking = Switch(parse, Thinking, NoThinking),
            UseFormat = Switch(parse, UseFormat, NoFormat),
            Model = parse.GetValue(Model),
            VocalLanguage = parse.GetValue(Language),
            InferenceSteps = NumberParser.Integer(parse.GetValue(Steps), "--steps", 1, 1000),
            GuidanceScale = NumberParser.Decimal(parse.GetValue(Guidance), "--guidance", 0, 100),
            Seeds = NumberParser.Seeds(parse.GetValue(Seed)),
            DurationSeconds = autoDuration ? null : NumberParser.Decimal(duration, "--duration", 0, 3600, minimumExclusive: true),
            Bpm = NumberParser.Integer(parse.GetValue(Bpm), "--bpm", 30, 300),
            BatchSize = NumberParser.Integer(parse.GetValue(Batch), "--batch", 1, 8),
            KeyScale = parse.GetValue(KeyScale),
            TimeSignature = parse.GetValue(TimeSignature),
            TaskType = parse.GetValue(TaskType),
            CoverStrength = NumberParser.Decimal(parse.GetValue(CoverStrength), "--cover-strength", 0, 1),
            RepaintStart = NumberParser.Decimal(parse.GetValue(RepaintStart), "--repaint-start", 0, double.PositiveInfinity),
            RepaintEnd = NumberParser.Decimal(parse.GetValue(RepaintEnd), "--repaint-end", 0, double.PositiveInfinity, minimumExclusive: true),
        };
        return new GenerateOptions(request, positionalSource ?? optionSource, Wait.Read(parse))
        {
            Lint = ReadLintMode(parse),
            AutoDuration = autoDuration,
            Tags = Tags.Read(parse),
            ReferencePath = parse.GetValue(ReferenceAudio),
        };
    }

    private LintMode ReadLintMode(ParseResult parse)
    {
        var strict = parse.GetValue(Strict);
        var skip = parse.GetValue(NoLint);
        if (strict && skip)
        {
            throw CliException.Usage("--strict stops on lint errors and --no-lint skips the lint: give one of them.");
        }

        return strict ? LintMode.Strict : skip ? LintMode.Off : LintMode.Warn;
    }

    // --no-thinking / --no-format win over their positive switch whatever the order (as --help says), so
    // appending one to any command line always turns the feature off.
    private static bool? Switch(ParseResult parse, Option<bool> on, Option<bool> off) =>
        parse.GetValue(off) ? false : parse.GetValue(on) ? true : null;
}
