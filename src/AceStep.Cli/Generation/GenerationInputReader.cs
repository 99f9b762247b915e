using System.CommandLine;
using AceStep.Cli.Commands;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Generation;

/// <summary>Reads <see cref="GenerationOptions"/> from a parse result into a checked <see cref="GenerationInput"/>.</summary>
internal static class GenerationInputReader
{
    public static GenerationInput Read(ParseResult parse, GenerationOptions options, CliEnvironment environment, string? positionalCaption, string? sourceAudio)
    {
        var caption = parse.GetValue(options.Caption);
        if (caption is not null && positionalCaption is not null)
        {
            throw CliException.Usage(
                $"Two captions given: '{positionalCaption}' and -c '{caption}'.",
                "Give the caption once, either as the first argument or with -c.");
        }

        var optionSource = parse.GetValue(options.SourceAudio);
        if (sourceAudio is not null && optionSource is not null)
        {
            throw CliException.Usage("Two source files given: the cover argument and --src-audio.", "Give the source once: acestep cover FILE ...");
        }

        return new GenerationInput
        {
            Caption = caption ?? positionalCaption,
            Lyrics = LyricsSource.Read(parse.GetValue(options.Lyrics), parse.GetValue(options.LyricsFile), environment),
            Description = parse.GetValue(options.Description),
            Instrumental = parse.GetValue(options.Instrumental),
            Thinking = Switch(parse, options.Thinking, options.NoThinking),
            UseFormat = Switch(parse, options.UseFormat, options.NoFormat),
            Model = parse.GetValue(options.Model),
            Language = parse.GetValue(options.Language),
            Steps = NumberParser.Integer(parse.GetValue(options.Steps), "--steps", 1, 1000),
            Guidance = NumberParser.Decimal(parse.GetValue(options.Guidance), "--guidance", 0, 100),
            Seeds = NumberParser.Seeds(parse.GetValue(options.Seed)),
            Duration = NumberParser.Decimal(parse.GetValue(options.Duration), "--duration", 0, 3600, minimumExclusive: true),
            Bpm = NumberParser.Integer(parse.GetValue(options.Bpm), "--bpm", 30, 300),
            Batch = NumberParser.Integer(parse.GetValue(options.Batch), "--batch", 1, 8),
            KeyScale = parse.GetValue(options.KeyScale),
            TimeSignature = parse.GetValue(options.TimeSignature),
            TaskType = parse.GetValue(options.TaskType),
            SourceAudio = sourceAudio ?? optionSource,
            CoverStrength = NumberParser.Decimal(parse.GetValue(options.CoverStrength), "--cover-strength", 0, 1),
            RepaintStart = NumberParser.Decimal(parse.GetValue(options.RepaintStart), "--repaint-start", 0, double.PositiveInfinity),
            RepaintEnd = NumberParser.Decimal(parse.GetValue(options.RepaintEnd), "--repaint-end", 0, double.PositiveInfinity, minimumExclusive: true),
        }.WithWait(parse, options.Wait);
    }

    public static GenerationInput WithWait(this GenerationInput input, ParseResult parse, WaitOptions wait) => input with
    {
        NoWait = parse.GetValue(wait.NoWait),
        TimeoutSeconds = NumberParser.Integer(parse.GetValue(wait.Timeout), "--timeout", 1, 7 * 24 * 3600),
        Force = parse.GetValue(wait.Force),
    };

    // --no-thinking / --no-format win over their positive switch whatever the order (as --help says), so
    // appending one to any command line always turns the feature off.
    private static bool? Switch(ParseResult parse, Option<bool> on, Option<bool> off) =>
        parse.GetValue(off) ? false : parse.GetValue(on) ? true : null;
}
