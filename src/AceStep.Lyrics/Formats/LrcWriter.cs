using System.Text;

namespace AceStep.Lyrics.Formats;

/// <summary>
/// Writes LRC: one <c>[mm:ss.xx]text</c> line per lyric line, an empty time-tagged line wherever a line ends well
/// before the next one starts (so players and renderers clear the lyric during instrumental passages), and, when
/// asked, enhanced word times (<c>&lt;mm:ss.xx&gt;word</c>).
/// </summary>
public static class LrcWriter
{
    public static string Write(TimedLyrics lyrics, LrcWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        options ??= new LrcWriterOptions();
        var builder = new StringBuilder();
        foreach (var (key, value) in options.Headers)
        {
            builder.Append('[').Append(key).Append(':').Append(value.ReplaceLineEndings(" ")).Append("]\n");
        }

        for (var i = 0; i < lyrics.Lines.Count; i++)
        {
            var line = lyrics.Lines[i];
            builder.Append('[').Append(LyricsTimestamp.ToLrc(line.Start)).Append(']');
            AppendText(builder, line, options.WordTimes);
            builder.Append('\n');
            var nextStart = i + 1 < lyrics.Lines.Count ? lyrics.Lines[i + 1].Start : double.PositiveInfinity;
            if (nextStart - line.End >= options.EndMarkerGapSeconds)
            {
                builder.Append('[').Append(LyricsTimestamp.ToLrc(line.End)).Append("]\n");
            }
        }

        return builder.ToString();
    }

    private static void AppendText(StringBuilder builder, TimedLine line, bool wordTimes)
    {
        if (!wordTimes || !line.HasWordTimes)
        {
            builder.Append(OneLine(line.Text));
            return;
        }

        for (var i = 0; i < line.Words.Count; i++)
        {
            if (i > 0 && NeedsSpace(line.Text, line.Words[i - 1].Text, line.Words[i].Text))
            {
                builder.Append(' ');
            }

            builder.Append('<').Append(LyricsTimestamp.ToLrc(line.Words[i].Start)).Append('>').Append(OneLine(line.Words[i].Text));
        }
    }

    // The line's own text knows whether its words were joined with spaces (Latin, Hangul) or not (CJK, Thai).
    private static bool NeedsSpace(string lineText, string previous, string next) =>
        !lineText.Contains(previous + next, StringComparison.Ordinal);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
