using System.Globalization;

namespace AceStep.Lyrics.Formats;

/// <summary>
/// The header tags an LRC file may start with, ready for <see cref="LrcWriterOptions.Headers"/>: title, artist, album,
/// length, the file's creator and the program that wrote it, and a comment (<c>[#:…]</c>) saying that estimated
/// timing was estimated. Values lose line breaks and square brackets, which would end the tag early.
/// </summary>
public static class LrcHeaders
{
    public const string EstimatedComment = "timing estimated from the lyrics' structure, not heard";

    public static IReadOnlyList<KeyValuePair<string, string>> Create(
        string? title = null,
        string? artist = null,
        string? album = null,
        double? lengthSeconds = null,
        string? createdBy = null,
        string? program = null,
        bool estimated = false)
    {
        var headers = new List<KeyValuePair<string, string>>();
        Add(headers, "ti", title);
        Add(headers, "ar", artist);
        Add(headers, "al", album);
        if (lengthSeconds is { } length && double.IsFinite(length) && length > 0)
        {
            var whole = (long)Math.Round(length, MidpointRounding.AwayFromZero);
            Add(headers, "length", string.Create(CultureInfo.InvariantCulture, $"{whole / 60:00}:{whole % 60:00}"));
        }

        Add(headers, "by", createdBy);
        Add(headers, "re", program);
        if (estimated)
        {
            Add(headers, "#", EstimatedComment);
        }

        return headers;
    }

    private static void Add(List<KeyValuePair<string, string>> headers, string key, string? value)
    {
        var clean = value?.ReplaceLineEndings(" ").Replace('[', '(').Replace(']', ')').Trim();
        if (!string.IsNullOrEmpty(clean))
        {
            headers.Add(new(key, clean));
        }
    }
}
