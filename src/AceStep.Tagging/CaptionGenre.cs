namespace AceStep.Tagging;

/// <summary>
/// Picks a genre for the tags from a caption: the first style it names. Captions are free text ("dreamy lo-fi
/// hip-hop with warm piano", "synthwave, female vocals, 80s"), so known genre names are looked for in reading
/// order. A caption that names none gives no genre rather than a guess such as "female vocals".
/// </summary>
public static class CaptionGenre
{
    // Lower-case spelling found in captions → the genre as tags show it. Longer names win over the names they
    // contain ("indie rock" over "indie", "synth-pop" over "pop") because the earliest, longest match is taken.
    private static readonly Dictionary<string, string> Genres = new(StringComparer.Ordinal)
    {
        ["pop"] = "Pop", ["rock"] = "Rock", ["jazz"] = "Jazz", ["blues"] = "Blues", ["electronic"] = "Electronic",
        ["edm"] = "EDM", ["house"] = "House", ["techno"] = "Techno", ["trance"] = "Trance", ["dubstep"] = "Dubstep",
        ["drum and bass"] = "Drum and Bass", ["drum & bass"] = "Drum and Bass", ["dnb"] = "Drum and Bass",
        ["hip-hop"] = "Hip-Hop", ["hip hop"] = "Hip-Hop", ["rap"] = "Rap", ["trap"] = "Trap", ["r&b"] = "R&B",
        ["rnb"] = "R&B", ["soul"] = "Soul", ["funk"] = "Funk", ["disco"] = "Disco", ["folk"] = "Folk",
        ["country"] = "Country", ["bluegrass"] = "Bluegrass", ["classical"] = "Classical", ["orchestral"] = "Orchestral",
        ["ambient"] = "Ambient", ["lo-fi"] = "Lo-Fi", ["lofi"] = "Lo-Fi", ["synthwave"] = "Synthwave",
        ["synth-pop"] = "Synth-Pop", ["synthpop"] = "Synth-Pop", ["k-pop"] = "K-Pop", ["j-pop"] = "J-Pop",
        ["c-pop"] = "C-Pop", ["metal"] = "Metal", ["heavy metal"] = "Heavy Metal", ["punk"] = "Punk",
        ["indie"] = "Indie", ["indie rock"] = "Indie Rock", ["indie pop"] = "Indie Pop", ["alternative"] = "Alternative",
        ["grunge"] = "Grunge", ["reggae"] = "Reggae", ["reggaeton"] = "Reggaeton", ["latin"] = "Latin",
        ["bossa nova"] = "Bossa Nova", ["samba"] = "Samba", ["salsa"] = "Salsa", ["afrobeat"] = "Afrobeat",
        ["afrobeats"] = "Afrobeats", ["gospel"] = "Gospel", ["opera"] = "Opera", ["soundtrack"] = "Soundtrack",
        ["cinematic"] = "Cinematic", ["chiptune"] = "Chiptune", ["new age"] = "New Age", ["dance"] = "Dance",
        ["electropop"] = "Electropop", ["shoegaze"] = "Shoegaze", ["post-rock"] = "Post-Rock", ["emo"] = "Emo",
        ["ska"] = "Ska", ["swing"] = "Swing", ["bebop"] = "Bebop", ["big band"] = "Big Band", ["city pop"] = "City Pop",
    };

    /// <summary>The caption's first genre, or null when it names none.</summary>
    public static string? FromCaption(string? caption)
    {
        if (string.IsNullOrWhiteSpace(caption))
        {
            return null;
        }

        var text = caption.ToLowerInvariant();
        (int Index, string Name)? best = null;
        foreach (var name in Genres.Keys)
        {
            var index = IndexOfWord(text, name);
            if (index >= 0 && (best is null || index < best.Value.Index || (index == best.Value.Index && name.Length > best.Value.Name.Length)))
            {
                best = (index, name);
            }
        }

        return best is { } found ? Genres[found.Name] : null;
    }

    private static int IndexOfWord(string text, string word)
    {
        for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            var end = index + word.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return index;
            }
        }

        return -1;
    }
}
