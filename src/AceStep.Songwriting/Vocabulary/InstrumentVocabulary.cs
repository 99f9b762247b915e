using AceStep.Songwriting.Text;

namespace AceStep.Songwriting.Vocabulary;

/// <summary>
/// Instruments by family, so that "rhodes" in a caption covers a <c>[Piano Interlude]</c>, and the instruments a
/// genre brings without naming them (a rock caption covers a <c>[Guitar Solo]</c>).
/// </summary>
internal static class InstrumentVocabulary
{
    public static IReadOnlyDictionary<string, string[]> Families { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["guitar"] = ["guitar", "guitars", "acoustic guitar", "electric guitar", "slide guitar", "fingerpicked guitar"],
        ["piano"] = ["piano", "keys", "keyboard", "keyboards", "rhodes", "electric piano", "grand piano"],
        ["synth"] = ["synth", "synths", "synthesizer", "synthesizers", "synth pads", "pads", "synth lead", "arpeggiator"],
        ["drums"] = ["drums", "drum", "808", "808s", "808 drums", "percussion", "drum machine", "breakbeat", "breakbeats"],
        ["bass"] = ["bass", "electric bass", "bassline", "sub bass", "upright bass", "double bass", "slap bass"],
        ["strings"] = ["strings", "string section", "violin", "violins", "cello", "cellos", "viola", "orchestra", "orchestral"],
        ["brass"] = ["brass", "trumpet", "trumpets", "trombone", "horns", "horn section", "tuba", "french horn"],
        ["saxophone"] = ["saxophone", "sax", "tenor sax", "alto sax"],
        ["flute"] = ["flute", "flutes", "pan flute"],
        ["organ"] = ["organ", "hammond", "hammond organ"],
        ["harp"] = ["harp"],
        ["ukulele"] = ["ukulele"],
        ["banjo"] = ["banjo"],
        ["mandolin"] = ["mandolin"],
        ["harmonica"] = ["harmonica"],
        ["accordion"] = ["accordion"],
        ["clarinet"] = ["clarinet"],
        ["bells"] = ["bells", "glockenspiel", "chimes", "music box"],
        ["marimba"] = ["marimba", "xylophone", "vibraphone"],
        ["erhu"] = ["erhu"],
        ["guzheng"] = ["guzheng"],
        ["pipa"] = ["pipa"],
        ["koto"] = ["koto"],
        ["sitar"] = ["sitar"],
    };

    private static readonly Dictionary<string, string[]> GenreInstruments = new(StringComparer.Ordinal)
    {
        ["rock"] = ["guitar", "drums", "bass"],
        ["metal"] = ["guitar", "drums", "bass"],
        ["punk"] = ["guitar", "drums", "bass"],
        ["grunge"] = ["guitar", "drums", "bass"],
        ["blues"] = ["guitar", "piano", "harmonica", "bass", "drums"],
        ["country"] = ["guitar", "banjo", "bass", "drums"],
        ["folk"] = ["guitar", "banjo", "mandolin", "harmonica"],
        ["jazz"] = ["piano", "saxophone", "bass", "drums", "brass"],
        ["pop"] = ["synth", "drums", "piano", "guitar", "bass"],
        ["electronic"] = ["synth", "drums", "bass"],
        ["edm"] = ["synth", "drums", "bass"],
        ["house"] = ["synth", "drums", "bass", "piano"],
        ["techno"] = ["synth", "drums", "bass"],
        ["trance"] = ["synth", "drums", "bass"],
        ["synthwave"] = ["synth", "drums", "bass"],
        ["dubstep"] = ["synth", "drums", "bass"],
        ["hip hop"] = ["drums", "bass", "synth", "piano"],
        ["trap"] = ["drums", "bass", "synth"],
        ["r&b"] = ["piano", "bass", "drums", "synth"],
        ["soul"] = ["piano", "organ", "bass", "drums", "brass"],
        ["funk"] = ["guitar", "bass", "drums", "brass"],
        ["gospel"] = ["organ", "piano"],
        ["reggae"] = ["guitar", "bass", "drums", "organ"],
        ["lo fi"] = ["piano", "drums"],
        ["classical"] = ["strings", "piano", "brass", "flute"],
        ["orchestral"] = ["strings", "brass", "drums", "harp", "flute"],
        ["cinematic"] = ["strings", "brass", "piano", "drums"],
        ["disco"] = ["strings", "bass", "drums", "guitar"],
        ["ballad"] = ["piano", "guitar", "strings"],
    };

    /// <summary>The family a single instrument phrase belongs to ("sax" → saxophone), or null.</summary>
    public static string? FamilyOf(string phrase)
    {
        var normalized = NormalizedText.Normalize(phrase.Trim());
        foreach (var (family, terms) in Families)
        {
            if (terms.Any(term => NormalizedText.Normalize(term) == normalized))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>The families a text names, with the first match of each.</summary>
    public static Dictionary<string, TermMatch> NamedIn(NormalizedText text)
    {
        var named = new Dictionary<string, TermMatch>(StringComparer.Ordinal);
        foreach (var (family, terms) in Families)
        {
            if (text.First(terms) is { } match)
            {
                named[family] = match;
            }
        }

        return named;
    }

    /// <summary>The families a caption covers: those it names and those its genres bring.</summary>
    public static HashSet<string> CoveredBy(NormalizedText caption)
    {
        var covered = NamedIn(caption).Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (genre, families) in GenreInstruments)
        {
            if (caption.Contains([genre]))
            {
                covered.UnionWith(families);
            }
        }

        return covered;
    }
}
