using System.CommandLine;
using System.CommandLine.Parsing;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands;

/// <summary>Turns the parser's first error into a usage error that names the option and suggests a fix.</summary>
internal static class ParseErrorFormatter
{
    /// <summary>
    /// An option-like word the parser took as a positional value: a mistyped <c>generate --lyric x</c> must be an
    /// error, not a song captioned "--lyric". Negative numbers are values, not options.
    /// </summary>
    public static string? MisplacedOption(ParseResult parse)
    {
        var candidates = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value)
            .Concat(parse.UnmatchedTokens);
        return candidates.FirstOrDefault(LooksLikeOption);
    }

    public static CliException Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var commandPath = CommandPath(parse.CommandResult);
        var helpHint = $"Run '{commandPath} --help' for its options.";

        if (MisplacedOption(parse) is { } option)
        {
            var suggestion = Suggestion.Closest(option.Split('=')[0], KnownOptionNames(parse.CommandResult));
            return CliException.Usage(
                $"Unknown option '{option}' for '{commandPath}'.",
                (suggestion is null ? "" : $"Did you mean '{suggestion}'?\n") + helpHint);
        }

        if (parse.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {

            if (command is RootCommand)
            {
                var suggestion = Suggestion.Closest(unmatched, command.Subcommands.Select(c => c.Name));
                return CliException.Usage(
                    $"Unknown command '{unmatched}'.",
                    (suggestion is null ? "" : $"Did you mean '{suggestion}'?\n") + "Run 'acestep help' for the commands.");
            }

            return CliException.Usage(
                $"Unexpected argument '{unmatched}' for '{commandPath}'.",
                "Quote text that contains spaces, e.g. -c \"pop, female vocal\". " + helpHint);
        }

        if (command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not ArgumentResult { Tokens.Count: > 0 }) is { } missing)
        {
            var name = missing.Name.ToUpperInvariant();
            return CliException.Usage(
                $"'{commandPath}' needs its {name} argument: {missing.Description}.",
                $"Usage: {commandPath} {name} [options]. {helpHint}");
        }

        var first = parse.Errors[0];
        if (first.SymbolResult is OptionResult optionResult)
        {
            var name = optionResult.IdentifierToken?.Value ?? optionResult.Option.Name;
            var message = optionResult.Tokens.Count == 0 && optionResult.Option.Arity.MinimumNumberOfValues > 0
                ? $"Option {name} needs a value."
                : $"Option {name}: {first.Message}";
            return CliException.Usage(message, helpHint);
        }

        return CliException.Usage(first.Message, helpHint);
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static IEnumerable<string> KnownOptionNames(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult commandResult)
            {
                foreach (var option in commandResult.Command.Options)
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult commandResult && commandResult.Command is not RootCommand)
            {
                names.Insert(0, commandResult.Command.Name);
            }
        }

        names.Insert(0, "acestep");
        return string.Join(' ', names);
    }
}
