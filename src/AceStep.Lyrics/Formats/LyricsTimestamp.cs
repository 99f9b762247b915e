using System.Globalization;

namespace AceStep.Lyrics.Formats;

/// <summary>Timestamps as LRC and SRT write them, rounded once to the unit they print so that 59.996 s is 01:00.00, never 00:60.00.</summary>
public static class LyricsTimestamp
{
    /// <summary><c>mm:ss.cc</c> (minutes grow past 99 rather than wrap).</summary>
    public static string ToLrc(double seconds)
    {
        var centiseconds = (long)Math.Round(Math.Max(0, seconds) * 100, MidpointRounding.AwayFromZero);
        var minutes = centiseconds / 6000;
        var rest = centiseconds % 6000;
        return string.Create(CultureInfo.InvariantCulture, $"{minutes:00}:{rest / 100:00}.{rest % 100:00}");
    }

    /// <summary><c>HH:MM:SS,mmm</c>.</summary>
    public static string ToSrt(double seconds)
    {
        var milliseconds = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        var hours = milliseconds / 3_600_000;
        var minutes = milliseconds / 60_000 % 60;
        var wholeSeconds = milliseconds / 1000 % 60;
        return string.Create(CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}:{wholeSeconds:00},{milliseconds % 1000:000}");
    }

    /// <summary>
    /// Reads <c>m:ss</c>, <c>mm:ss.f</c>, <c>mm:ss.ff</c>, <c>mm:ss.fff</c> (and <c>mm:ss:ff</c>, which some editors write); the
    /// fraction is a decimal fraction, so <c>.5</c> is half a second.
    /// </summary>
    public static bool TryParseLrc(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 3 || !TryDigits(text[..colon], out var minutes))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        var separator = rest.IndexOfAny('.', ':');
        var secondsPart = separator < 0 ? rest : rest[..separator];
        if (secondsPart.Length != 2 || !TryDigits(secondsPart, out var wholeSeconds) || wholeSeconds >= 60)
        {
            return false;
        }

        double fraction = 0;
        if (separator >= 0)
        {
            var fractionPart = rest[(separator + 1)..];
            if (fractionPart.Length is < 1 or > 3 || !TryDigits(fractionPart, out var fractionDigits))
            {
                return false;
            }

            fraction = fractionDigits / Math.Pow(10, fractionPart.Length);
        }

        seconds = (minutes * 60) + wholeSeconds + fraction;
        return true;
    }

    /// <summary>
    /// Reads SRT's <c>HH:MM:SS,mmm</c>, also with a full stop before the milliseconds (WebVTT style), one-digit hours,
    /// or one to three fraction digits (a decimal fraction, so <c>,5</c> is half a second).
    /// </summary>
    public static bool TryParseSrt(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        text = text.Trim();
        var firstColon = text.IndexOf(':');
        var secondColon = firstColon < 0 ? -1 : text[(firstColon + 1)..].IndexOf(':') + firstColon + 1;
        if (firstColon is < 1 or > 2 || secondColon != firstColon + 3
            || !TryDigits(text[..firstColon], out var hours) || !TryDigits(text[(firstColon + 1)..secondColon], out var minutes) || minutes >= 60)
        {
            return false;
        }

        var rest = text[(secondColon + 1)..];
        var separator = rest.IndexOfAny(',', '.');
        var secondsPart = separator < 0 ? rest : rest[..separator];
        var fractionPart = separator < 0 ? [] : rest[(separator + 1)..];
        if (secondsPart.Length != 2 || !TryDigits(secondsPart, out var wholeSeconds) || wholeSeconds >= 60
            || (separator >= 0 && (fractionPart.Length is < 1 or > 3 || !TryDigits(fractionPart, out _))))
        {
            return false;
        }

        var fraction = separator < 0 ? 0 : int.Parse(fractionPart, CultureInfo.InvariantCulture) / Math.Pow(10, fractionPart.Length);
        seconds = (hours * 3600) + (minutes * 60) + wholeSeconds + fraction;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
