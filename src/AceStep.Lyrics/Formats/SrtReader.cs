using System.Text;
using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Formats;

/// <summary>
/// Reads SubRip (SRT): blocks separated by blank lines, each an optional number, a <c>start --&gt; end</c> line and the
/// text (several text lines become one lyric line, joined as their script is written; HTML-style tags such as
/// <c>&lt;i&gt;</c> are dropped). Blocks it cannot use are skipped with a warning naming their first line; the result is
/// sorted by time.
/// </summary>
public static class SrtReader
{
    private const string Arrow = "-->";

    public static LyricsReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<LyricsWarning>();
        var lines = new List<TimedLine>();
        var block = new List<(int Number, string Text)>();
        var lineNumber = 0;
        foreach (var rawLine in text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            if (rawLine.Trim().Length == 0)
            {
                ReadBlock(block, lines, warnings);
                block.Clear();
                continue;
            }

            block.Add((lineNumber, rawLine.Trim()));
        }

        ReadBlock(block, lines, warnings);
        return new(new TimedLyrics([.. lines.OrderBy(line => line.Start)]), warnings);
    }

    private static void ReadBlock(List<(int Number, string Text)> block, List<TimedLine> lines, List<LyricsWarning> warnings)
    {
        if (block.Count == 0)
        {
            return;
        }

        var timeIndex = block.FindIndex(line => line.Text.Contains(Arrow, StringComparison.Ordinal));
        if (timeIndex is < 0 or > 1)
        {
            warnings.Add(new(block[0].Number, "no \"start --> end\" time line: block skipped"));
            return;
        }

        var (number, timeLine) = block[timeIndex];
        var arrow = timeLine.IndexOf(Arrow, StringComparison.Ordinal);
        var endText = timeLine[(arrow + Arrow.Length)..].Trim().Split(' ')[0];
        if (!LyricsTimestamp.TryParseSrt(timeLine.AsSpan(0, arrow), out var start) || !LyricsTimestamp.TryParseSrt(endText, out var end))
        {
            warnings.Add(new(number, $"\"{timeLine}\" is not HH:MM:SS,mmm --> HH:MM:SS,mmm: block skipped"));
            return;
        }

        var lyric = WordJoiner.Join(block.Skip(timeIndex + 1).Select(line => WithoutTags(line.Text)).Where(line => line.Length > 0));
        if (end < start)
        {
            warnings.Add(new(number, "ends before it starts: block skipped"));
        }
        else if (lyric.Length == 0)
        {
            warnings.Add(new(number, "has no text: block skipped"));
        }
        else
        {
            lines.Add(new TimedLine(start, end, lyric));
        }
    }

    private static string WithoutTags(string line)
    {
        var builder = new StringBuilder(line.Length);
        var inTag = false;
        foreach (var character in line)
        {
            if (character == '<')
            {
                inTag = true;
            }
            else if (character == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Trim();
    }
}
