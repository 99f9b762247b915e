using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Parsing;

/// <summary>A key such as <c>C Major</c>, <c>Am</c>, <c>F# Minor</c> or <c>Bb</c> (major when no scale is given).</summary>
internal sealed partial record KeyScale(char Letter, int Accidental, bool IsMinor)
{
    /// <summary>Sharps (positive) or flats (negative) in the key signature: C major 0, A minor 0, F# minor 3, Db major -5.</summary>
    public int Fifths
    {
        get
        {
            var natural = "FCGDAEB".IndexOf(Letter, StringComparison.Ordinal) - 1;
            return natural + (Accidental * 7) - (IsMinor ? 3 : 0);
        }
    }

    /// <summary>The spelling the skill uses, e.g. <c>F# Minor</c>.</summary>
    public string Canonical => $"{Letter}{Accidental switch { 1 => "#", -1 => "b", _ => "" }} {(IsMinor ? "Minor" : "Major")}";

    public static KeyScale? Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var accidental = match.Groups["accidental"].Value switch
        {
            "#" or "♯" => 1,
            "b" or "♭" => -1,
            _ => 0,
        };
        var scale = match.Groups["scale"].Value;
        var minor = scale == "m" || scale.StartsWith("min", StringComparison.OrdinalIgnoreCase);
        return new KeyScale(char.ToUpperInvariant(match.Groups["letter"].Value[0]), accidental, minor);
    }

    [GeneratedRegex(@"^\s*(?<letter>[A-Ga-g])\s*(?<accidental>[#♯b♭]?)\s*(?<scale>(?i:major|minor|maj|min)|m|M)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
