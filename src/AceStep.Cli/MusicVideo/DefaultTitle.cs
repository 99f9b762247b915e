namespace AceStep.Cli.MusicVideo;

/// <summary>The title a video gets when none is given: the caption on one line, at most 50 characters, cut between words.</summary>
internal static class DefaultTitle
{
    public const int MaximumLength = 50;

    public static string FromCaption(string? caption)
    {
        var words = (caption ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var line = string.Join(' ', words);
        if (line.Length <= MaximumLength)
        {
            return line;
        }

        var room = line[..(MaximumLength - 1)];
        var lastSpace = room.LastIndexOf(' ');
        var cut = lastSpace > MaximumLength / 2 ? room[..lastSpace] : room;
        return cut.TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
