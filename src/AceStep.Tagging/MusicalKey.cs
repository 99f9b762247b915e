using System.Diagnostics.CodeAnalysis;

namespace AceStep.Tagging;

/// <summary>
/// A song's key as tags store it. ACE-Step writes keys as prose (<c>C major</c>, <c>F# minor</c>, <c>B♭ major</c>);
/// ID3's TKEY allows only the short notation (<c>C</c>, <c>F#m</c>, <c>Bbm</c>), which <see cref="ToString"/> gives.
/// </summary>
public readonly record struct MusicalKey
{
    private MusicalKey(char letter, char? accidental, bool isMinor)
    {
        Letter = letter;
        Accidental = accidental;
        IsMinor = isMinor;
    }

    /// <summary>The tonic's letter, A to G.</summary>
    public char Letter { get; }

    /// <summary><c>#</c> for sharp, <c>b</c> for flat, null for natural.</summary>
    public char? Accidental { get; }

    public bool IsMinor { get; }

    /// <summary>The tonic with its accidental: <c>F#</c>, <c>Bb</c>, <c>C</c>.</summary>
    public string Tonic => Accidental is { } accidental ? $"{Letter}{accidental}" : Letter.ToString();

    /// <summary>
    /// Reads <c>C major</c>, <c>F# minor</c>, <c>B♭ major</c>, <c>Am</c>, <c>C#m</c>, <c>Eb min</c> and the like
    /// (case-insensitive letters; ♯/♭ or #/b; no mode means major). <c>N/A</c> and anything else gives false.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MusicalKey? key)
    {
        key = null;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty || char.ToUpperInvariant(span[0]) is < 'A' or > 'G')
        {
            return false;
        }

        var letter = char.ToUpperInvariant(span[0]);
        span = span[1..];
        char? accidental = span.IsEmpty ? null : span[0] switch
        {
            '#' or '♯' => '#',
            'b' or '♭' => 'b',
            _ => null,
        };
        if (accidental is not null)
        {
            span = span[1..];
        }

        if (!TryParseMode(span.Trim(), out var isMinor))
        {
            return false;
        }

        key = new MusicalKey(letter, accidental, isMinor);
        return true;
    }

    /// <summary>The ID3 TKEY notation: the tonic, then <c>m</c> for minor.</summary>
    public override string ToString() => IsMinor ? Tonic + "m" : Tonic;

    /// <summary>The key as people write it: <c>F# minor</c>.</summary>
    public string ToDisplayString() => $"{Tonic} {(IsMinor ? "minor" : "major")}";

    private static bool TryParseMode(ReadOnlySpan<char> mode, out bool isMinor)
    {
        isMinor = mode is "m" || mode.Equals("min", StringComparison.OrdinalIgnoreCase) || mode.Equals("minor", StringComparison.OrdinalIgnoreCase);
        return isMinor || mode.IsEmpty || mode is "M" || mode.Equals("maj", StringComparison.OrdinalIgnoreCase) || mode.Equals("major", StringComparison.OrdinalIgnoreCase);
    }
}
