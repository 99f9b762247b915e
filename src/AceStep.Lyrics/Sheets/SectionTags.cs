namespace AceStep.Lyrics.Sheets;

/// <summary>
/// Tells structural tags (<c>[Verse 2]</c>, <c>[Guitar Solo]</c>, <c>[Outro - fade]</c>) from modifiers that describe how
/// lines are sung (<c>[whispered]</c>, <c>[high energy]</c>). Tags are open vocabulary: anything not recognised here is a
/// modifier, which neither starts a section nor is sung.
/// </summary>
internal static class SectionTags
{
    private static readonly string[] VocalHeads = ["verse", "chorus", "prechorus", "pre chorus", "postchorus", "post chorus", "bridge", "hook", "refrain", "build", "buildup", "build up", "rap", "climax", "chant"];

    /// <returns>The section kind the tag starts, or null for a modifier.</returns>
    public static SectionKind? Classify(string tag)
    {
        var head = Head(tag);
        if (head.Length == 0)
        {
            return null;
        }

        if (head.StartsWith("intro", StringComparison.Ordinal))
        {
            return SectionKind.Intro;
        }

        if (head.StartsWith("outro", StringComparison.Ordinal) || head is "ending" or "end" or "coda" or "fade out" or "fadeout" or "fade")
        {
            return SectionKind.Outro;
        }

        if (head == "silence")
        {
            return SectionKind.Silence;
        }

        if (head is "inst" or "instrumental" or "interlude" or "break" or "breakdown" or "drop" or "theme" or "main theme" or "solo"
            || head.EndsWith(" solo", StringComparison.Ordinal) || head.EndsWith(" interlude", StringComparison.Ordinal)
            || head.EndsWith(" break", StringComparison.Ordinal) || head.Contains("instrumental", StringComparison.Ordinal))
        {
            return SectionKind.Instrumental;
        }

        return Array.IndexOf(VocalHeads, head) >= 0 || head.EndsWith("chorus", StringComparison.Ordinal) || head.EndsWith(" verse", StringComparison.Ordinal)
            ? SectionKind.Vocal
            : null;
    }

    // "Verse 2 - raspy" → "verse", "Pre-Chorus" → "pre chorus", "Guitar Solo: 8 bars" → "guitar solo".
    private static string Head(string tag)
    {
        var text = tag.Trim().ToLowerInvariant();
        foreach (var separator in new[] { " - ", ":", "(", ",", " – ", " — " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        var letters = new string([.. text.Select(character => char.IsLetter(character) ? character : ' ')]);
        return string.Join(' ', letters.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
