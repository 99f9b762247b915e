using System.Globalization;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands;

/// <summary>Parses numeric option values with messages that name the option and its allowed range.</summary>
internal static class NumberParser
{
    public static int? Integer(string? text, string option, int minimum, int maximum)
    {
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw CliException.Usage($"{option} must be a whole number between {minimum} and {maximum} (got '{text}').");
        }

        return value < minimum || value > maximum
            ? throw CliException.InvalidInput($"{option} must be between {minimum} and {maximum} (got {value}).")
            : value;
    }

    public static double? Decimal(string? text, string option, double minimum, double maximum, bool minimumExclusive = false)
    {
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw CliException.Usage($"{option} must be a number (got '{text}').");
        }

        var tooLow = minimumExclusive ? value <= minimum : value < minimum;
        if (tooLow || value > maximum)
        {
            var range = minimumExclusive
                ? $"greater than {minimum.ToString(CultureInfo.InvariantCulture)}"
                : $"at least {minimum.ToString(CultureInfo.InvariantCulture)}";
            var upper = double.IsPositiveInfinity(maximum) ? "" : $" and at most {maximum.ToString(CultureInfo.InvariantCulture)}";
            throw CliException.InvalidInput($"{option} must be {range}{upper} (got {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        return value;
    }

    /// <summary>One seed or a comma list; -1 means "random" for that file.</summary>
    public static IReadOnlyList<long>? Seeds(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var seeds = new List<long>();
        foreach (var part in text.Split(','))
        {
            if (!long.TryParse(part.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) || seed < -1)
            {
                throw CliException.Usage(
                    $"--seed must be a whole number (0 or more, -1 for random) or a comma list such as 42,123 (got '{text}').");
            }

            seeds.Add(seed);
        }

        return seeds;
    }
}
