namespace AceStep.Songwriting.Vocabulary;

/// <summary>
/// The lyrics tags ACE-Step is documented to understand. Tags are open vocabulary (<c>[Climax - powerful]</c> works),
/// so a head that is not here is reported as information only. Heads are matched lower-case with numbers
/// (<c>Verse 2</c>) and ordinal qualifiers (<c>Final Chorus</c>) removed.
/// </summary>
internal static class SectionTagVocabulary
{
    private static readonly Dictionary<string, (TagCategory Category, SectionRole Role)> Heads = new(StringComparer.Ordinal)
    {
        ["intro"] = (TagCategory.Structure, SectionRole.Intro),
        ["verse"] = (TagCategory.Structure, SectionRole.Vocal),
        ["pre-chorus"] = (TagCategory.Structure, SectionRole.Vocal),
        ["chorus"] = (TagCategory.Structure, SectionRole.Vocal),
        ["post-chorus"] = (TagCategory.Structure, SectionRole.Vocal),
        ["hook"] = (TagCategory.Structure, SectionRole.Vocal),
        ["refrain"] = (TagCategory.Structure, SectionRole.Vocal),
        ["bridge"] = (TagCategory.Structure, SectionRole.Vocal),
        ["outro"] = (TagCategory.Structure, SectionRole.Outro),
        ["build"] = (TagCategory.Dynamic, SectionRole.Instrumental),
        ["build-up"] = (TagCategory.Dynamic, SectionRole.Instrumental),
        ["drop"] = (TagCategory.Dynamic, SectionRole.Instrumental),
        ["breakdown"] = (TagCategory.Dynamic, SectionRole.Instrumental),
        ["instrumental"] = (TagCategory.Instrumental, SectionRole.Instrumental),
        ["inst"] = (TagCategory.Instrumental, SectionRole.Instrumental),
        ["interlude"] = (TagCategory.Instrumental, SectionRole.Instrumental),
        ["solo"] = (TagCategory.Instrumental, SectionRole.Instrumental),
        ["break"] = (TagCategory.Instrumental, SectionRole.Instrumental),
        ["fade out"] = (TagCategory.Special, SectionRole.Outro),
        ["silence"] = (TagCategory.Special, SectionRole.Silence),
        ["raspy vocal"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["whispered"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["falsetto"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["powerful belting"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["spoken word"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["harmonies"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["call and response"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["ad-lib"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["male vocal"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["female vocal"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["rap"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["choir"] = (TagCategory.VocalCue, SectionRole.Vocal),
        ["high energy"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["low energy"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["building energy"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["explosive"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["melancholic"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["euphoric"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["dreamy"] = (TagCategory.EnergyCue, SectionRole.Vocal),
        ["aggressive"] = (TagCategory.EnergyCue, SectionRole.Vocal),
    };

    // Spellings people use for the same head.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["prechorus"] = "pre-chorus",
        ["pre chorus"] = "pre-chorus",
        ["postchorus"] = "post-chorus",
        ["post chorus"] = "post-chorus",
        ["buildup"] = "build-up",
        ["build up"] = "build-up",
        ["fade-out"] = "fade out",
        ["fadeout"] = "fade out",
        ["ad lib"] = "ad-lib",
        ["ad-libs"] = "ad-lib",
        ["adlib"] = "ad-lib",
        ["raspy vocals"] = "raspy vocal",
        ["whisper"] = "whispered",
        ["male vocals"] = "male vocal",
        ["female vocals"] = "female vocal",
    };

    private static readonly string[] Qualifiers = ["final", "last", "first", "second", "third", "double", "repeat"];

    // "[Sax Solo]", "[Synth Interlude]", "[Drum Break]": an instrument followed by one of these is instrumental.
    private static readonly string[] InstrumentalSuffixes = [" solo", " interlude", " break"];

    /// <summary>The head as it is matched and grouped: lower case, single spaces, no number, no ordinal qualifier, aliases resolved.</summary>
    public static string Normalize(string head)
    {
        var words = head.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && IsCountSuffix(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && Qualifiers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        var joined = string.Join(' ', words);
        return Aliases.GetValueOrDefault(joined, joined);
    }

    // "Verse 2", and the repeat counts of "[Chorus x2]" (reported by their own rule).
    private static bool IsCountSuffix(string word)
    {
        var digits = word.Trim('x', '×');
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits.Length == word.Length || digits.Length == word.Length - 1);
    }

    /// <summary>What a normalized head is, or <see cref="TagCategory.Unknown"/> (a free-form section).</summary>
    public static (TagCategory Category, SectionRole Role) Classify(string normalizedHead)
    {
        if (Heads.TryGetValue(normalizedHead, out var known))
        {
            return known;
        }

        foreach (var suffix in InstrumentalSuffixes)
        {
            if (normalizedHead.EndsWith(suffix, StringComparison.Ordinal)
                && InstrumentVocabulary.FamilyOf(normalizedHead[..^suffix.Length]) is not null)
            {
                return (TagCategory.Instrumental, SectionRole.Instrumental);
            }
        }

        return (TagCategory.Unknown, SectionRole.Vocal);
    }
}
