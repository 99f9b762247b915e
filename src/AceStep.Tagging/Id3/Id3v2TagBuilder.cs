using System.Globalization;
using AceStep.Lyrics;

namespace AceStep.Tagging.Id3;

/// <summary>Chooses the ID3v2.4 frames for a song's tags: the one tag written into MP3, AAC and WAV files.</summary>
internal static class Id3v2TagBuilder
{
    // Players keep a line on screen until the next one starts; an empty entry clears it during a long instrumental gap
    // (the same rule as our LRC files).
    private const double ClearLineAfterGapSeconds = 1.0;

    /// <summary>The whole tag, or no bytes when nothing is set (a tag must hold at least one frame).</summary>
    public static byte[] Build(SongTags tags)
    {
        var writer = new Id3v2FrameWriter();
        AddTextIfSet(writer, "TIT2", tags.Title);
        AddTextIfSet(writer, "TPE1", tags.Artist);
        AddTextIfSet(writer, "TALB", tags.Album);
        AddTextIfSet(writer, "TCON", tags.Genre);
        AddTextIfSet(writer, "TBPM", tags.Bpm is > 0 and var bpm ? bpm.ToString(CultureInfo.InvariantCulture) : null);
        AddTextIfSet(writer, "TKEY", tags.Key?.ToString());
        if (!string.IsNullOrEmpty(tags.Caption))
        {
            writer.AddLanguageText("COMM", tags.Caption);
        }

        if (tags.PlainLyrics is { } lyrics)
        {
            writer.AddLanguageText("USLT", lyrics);
        }

        if (tags.HasTimedLines)
        {
            writer.AddSynchronisedLyrics(SynchronisedEntries(tags.TimedLyrics!));
        }

        foreach (var (name, value) in AceStepTagFields.Of(tags))
        {
            writer.AddUserText(name, value);
        }

        if (tags.Cover is { } cover)
        {
            writer.AddPicture(cover);
        }

        return writer.IsEmpty ? [] : writer.ToTag();
    }

    private static void AddTextIfSet(Id3v2FrameWriter writer, string id, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.AddText(id, value);
        }
    }

    private static IEnumerable<(uint, string)> SynchronisedEntries(TimedLyrics lyrics)
    {
        for (var i = 0; i < lyrics.Lines.Count; i++)
        {
            var line = lyrics.Lines[i];
            yield return (Milliseconds(line.Start), line.Text.ReplaceLineEndings(" "));
            var nextStart = i + 1 < lyrics.Lines.Count ? lyrics.Lines[i + 1].Start : double.PositiveInfinity;
            if (nextStart - line.End >= ClearLineAfterGapSeconds)
            {
                yield return (Milliseconds(line.End), string.Empty);
            }
        }
    }

    private static uint Milliseconds(double seconds) => (uint)Math.Clamp(Math.Round(seconds * 1000), 0, uint.MaxValue);
}
