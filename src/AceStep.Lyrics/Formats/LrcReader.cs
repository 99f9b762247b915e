using System.Globalization;

namespace AceStep.Lyrics.Formats;

/// <summary>
/// Reads LRC: <c>[mm:ss.xx]text</c> lines (several time tags on one line repeat it), enhanced word times
/// <c>&lt;mm:ss.xx&gt;word</c>, the <c>[offset:±ms]</c> header (positive shows lyrics earlier, as the format defines) and
/// other headers (ignored). A line with a time tag and no text ends the line before it. Lines it cannot use are skipped
/// with a warning; the result is sorted by time whatever the file's order.
/// </summary>
public static class LrcReader
{
    /// <summary>How long the last line stays when nothing follows it.</summary>
    public const double LastLineSeconds = 5.0;

    private static readonly HashSet<string> HeaderTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "ti", "ar", "al", "au", "by", "re", "ve", "length", "offset", "lr", "tool", "#",
    };

    public static LyricsReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<LyricsWarning>();
        var entries = new List<Entry>();
        double offsetSeconds = 0;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            if (TryReadHeader(line, out var key, out var value))
            {
                if (key.Equals("offset", StringComparison.OrdinalIgnoreCase))
                {
                    if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds))
                    {
                        offsetSeconds = milliseconds / 1000.0;
                    }
                    else
                    {
                        warnings.Add(new(lineNumber, $"[offset:{value}] is not a whole number of milliseconds: ignored"));
                    }
                }

                continue;
            }

            ReadTimedLine(line, lineNumber, entries, warnings);
        }

        return new(new TimedLyrics(BuildLines(entries, offsetSeconds, warnings)), warnings);
    }

    private static void ReadTimedLine(string line, int lineNumber, List<Entry> entries, List<LyricsWarning> warnings)
    {
        var times = new List<double>();
        var position = 0;
        while (position < line.Length && line[position] == '[')
        {
            var close = line.IndexOf(']', position);
            if (close < 0)
            {
                break;
            }

            var tag = line.AsSpan(position + 1, close - position - 1);
            if (!LyricsTimestamp.TryParseLrc(tag, out var seconds))
            {
                if (times.Count == 0)
                {
                    warnings.Add(new(lineNumber, DescribeUntimed(tag.ToString())));
                    return;
                }

                break;
            }

            times.Add(seconds);
            position = close + 1;
        }

        if (times.Count == 0)
        {
            warnings.Add(new(lineNumber, "no [mm:ss.xx] time tag at the start: skipped"));
            return;
        }

        var (lineText, words) = ReadWords(line[position..]);
        foreach (var time in times)
        {
            entries.Add(new(time, lineText, words, lineNumber));
        }
    }

    private static string DescribeUntimed(string tag) =>
        tag.Contains(':', StringComparison.Ordinal)
            ? $"[{tag}] is not a valid time (mm:ss.xx, seconds 00-59): skipped"
            : $"[{tag}] is a section tag, not a timed line: skipped";

    private static (string Text, IReadOnlyList<(double Start, string Text)> Words) ReadWords(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return (text.Trim(), []);
        }

        var words = new List<(double, string)>();
        var plain = new System.Text.StringBuilder();
        var position = 0;
        double? currentStart = null;
        var currentText = new System.Text.StringBuilder();
        while (position < text.Length)
        {
            var open = text.IndexOf('<', position);
            var close = open < 0 ? -1 : text.IndexOf('>', open);
            if (open < 0 || close < 0 || !LyricsTimestamp.TryParseLrc(text.AsSpan(open + 1, close - open - 1), out var start))
            {
                var end = open < 0 || close < 0 ? text.Length : close + 1;
                currentText.Append(text, position, end - position);
                plain.Append(text, position, end - position);
                position = end;
                continue;
            }

            currentText.Append(text, position, open - position);
            plain.Append(text, position, open - position);
            Flush();
            currentStart = start;
            position = close + 1;
        }

        Flush();
        return (plain.ToString().Trim(), words);

        void Flush()
        {
            var word = currentText.ToString().Trim();
            if (currentStart is { } wordStart && word.Length > 0)
            {
                words.Add((wordStart, word));
            }

            currentText.Clear();
        }
    }

    private static List<TimedLine> BuildLines(List<Entry> entries, double offsetSeconds, List<LyricsWarning> warnings)
    {
        var ordered = entries.OrderBy(entry => entry.Start).ToList();
        var lines = new List<TimedLine>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            if (entry.Text.Length == 0)
            {
                continue;
            }

            var start = Math.Max(0, entry.Start - offsetSeconds);
            var end = Math.Max(0, (i + 1 < ordered.Count ? ordered[i + 1].Start : entry.Start + LastLineSeconds) - offsetSeconds);
            if (end <= start)
            {
                warnings.Add(new(entry.LineNumber, "starts at the same time as the next line, so it would never be shown: skipped"));
                continue;
            }

            lines.Add(new TimedLine(start, end, entry.Text, BuildWords(entry.Words, offsetSeconds, end)));
        }

        return lines;
    }

    private static List<TimedWord> BuildWords(IReadOnlyList<(double Start, string Text)> words, double offsetSeconds, double lineEnd)
    {
        var result = new List<TimedWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var start = Math.Max(0, words[i].Start - offsetSeconds);
            var end = i + 1 < words.Count ? Math.Max(start, words[i + 1].Start - offsetSeconds) : Math.Max(start, lineEnd);
            result.Add(new TimedWord(words[i].Text, start, end));
        }

        return result;
    }

    private static bool TryReadHeader(string line, out string key, out string value)
    {
        key = value = string.Empty;
        if (line[0] != '[' || line[^1] != ']')
        {
            return false;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2)
        {
            return false;
        }

        var candidate = line[1..colon];
        if (!HeaderTags.Contains(candidate))
        {
            return false;
        }

        key = candidate;
        value = line[(colon + 1)..^1].Trim();
        return true;
    }

    private sealed record Entry(double Start, string Text, IReadOnlyList<(double Start, string Text)> Words, int LineNumber);
}
