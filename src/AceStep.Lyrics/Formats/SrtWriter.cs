using System.Text;

namespace AceStep.Lyrics.Formats;

/// <summary>Writes SubRip (SRT): a numbered block per line, <c>HH:MM:SS,mmm --&gt; HH:MM:SS,mmm</c>, the text, a blank line.</summary>
public static class SrtWriter
{
    public static string Write(TimedLyrics lyrics)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        var builder = new StringBuilder();
        for (var i = 0; i < lyrics.Lines.Count; i++)
        {
            var line = lyrics.Lines[i];
            builder.Append(i + 1).Append('\n')
                .Append(LyricsTimestamp.ToSrt(line.Start)).Append(" --> ").Append(LyricsTimestamp.ToSrt(line.End)).Append('\n')
                .Append(line.Text.ReplaceLineEndings(" ")).Append("\n\n");
        }

        return builder.ToString();
    }
}
