using System.Text;

namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// How a word is misheard: a known sound-alike ("arrives" → "eyes", "source" → "sores", 的 → 得), else one vowel
/// changed ("night" → "nought"); the word's punctuation and capital letter are kept, and it always comes out different.
/// </summary>
internal static class SoundAlikes
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["arrives"] = "eyes", ["source"] = "sores", ["step"] = "stop", ["night"] = "knight", ["light"] = "lite",
        ["heart"] = "hard", ["right"] = "write", ["you"] = "ewe", ["to"] = "two", ["for"] = "four", ["see"] = "sea",
        ["know"] = "no", ["one"] = "won", ["dream"] = "stream", ["fire"] = "flyer", ["rain"] = "reign", ["road"] = "rowed",
        ["sun"] = "son", ["way"] = "weigh", ["time"] = "thyme", ["sky"] = "ski", ["free"] = "three", ["love"] = "glove",
    };

    private static readonly Dictionary<char, char> Characters = new()
    {
        ['的'] = '得', ['在'] = '再', ['是'] = '事', ['心'] = '新', ['一'] = '衣', ['我'] = '握', ['你'] = '泥', ['天'] = '添',
        ['光'] = '广', ['梦'] = '孟', ['爱'] = '碍', ['夜'] = '页', ['星'] = '兴', ['风'] = '封', ['歌'] = '哥', ['唱'] = '畅',
    };

    private static readonly Dictionary<char, char> Vowels = new()
    {
        ['a'] = 'e', ['e'] = 'i', ['i'] = 'e', ['o'] = 'u', ['u'] = 'o', ['A'] = 'E', ['E'] = 'I', ['I'] = 'E', ['O'] = 'U', ['U'] = 'O',
    };

    public static string Mishear(string word)
    {
        var end = word.Length;
        while (end > 0 && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return word;
        }

        var core = word[..end];
        var punctuation = word[end..];
        return MishearCore(core) + punctuation;
    }

    private static string MishearCore(string core)
    {
        if (core.Length == 1 && LyricScript.IsCharacterWord(core[0]))
        {
            return Characters.TryGetValue(core[0], out var alike) ? alike.ToString() : "啊";
        }

        if (Words.TryGetValue(core, out var known))
        {
            return char.IsUpper(core[0]) ? char.ToUpperInvariant(known[0]) + known[1..] : known;
        }

        var changed = new StringBuilder(core);
        for (var i = 0; i < changed.Length; i++)
        {
            if (Vowels.TryGetValue(changed[i], out var other))
            {
                changed[i] = other;
                return changed.ToString();
            }
        }

        return core + "s";
    }
}
