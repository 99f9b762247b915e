namespace AceStep.Cli.Tags;

/// <summary>A title for a song that has none: the caption's first phrase ("dreamy lo-fi hip-hop, warm piano" → "Dreamy lo-fi hip-hop").</summary>
internal static class SongTitle
{
    public const int MaxLength = 60;

    public static string? FromCaption(string? caption)
    {
        if (string.IsNullOrWhiteSpace(caption))
        {
            return null;
        }

        var text = caption.Trim();
        var end = text.IndexOfAny([',', ';', '.', '\n', '，', '、', '。']);
        var phrase = (end > 0 ? text[..end] : text).Trim();
        if (phrase.Length > MaxLength)
        {
            var cut = phrase.LastIndexOf(' ', MaxLength);
            phrase = phrase[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd();
        }

        return phrase.Length == 0 ? null : char.ToUpperInvariant(phrase[0]) + phrase[1..];
    }
}
