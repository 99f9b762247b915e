using AceStep.Songwriting.Text;

namespace AceStep.Songwriting.Vocabulary;

/// <summary>ISO 639-1 language codes (plus <c>unknown</c>, which asks the model to detect the language) and the scripts each is written in.</summary>
internal static class LanguageVocabulary
{
    public const string Automatic = "unknown";

    private static readonly HashSet<string> Codes = new(
        ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu " +
         "fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn " +
         "ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os " +
         "pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw " +
         "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, WritingScript[]> Scripts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = [WritingScript.Han],
        ["ja"] = [WritingScript.Kana, WritingScript.Han],
        ["ko"] = [WritingScript.Hangul],
        ["ru"] = [WritingScript.Cyrillic],
        ["uk"] = [WritingScript.Cyrillic],
        ["be"] = [WritingScript.Cyrillic],
        ["bg"] = [WritingScript.Cyrillic],
        ["mk"] = [WritingScript.Cyrillic],
        ["kk"] = [WritingScript.Cyrillic],
        ["mn"] = [WritingScript.Cyrillic],
        ["sr"] = [WritingScript.Cyrillic, WritingScript.Latin],
        ["el"] = [WritingScript.Greek],
        ["ar"] = [WritingScript.Arabic],
        ["fa"] = [WritingScript.Arabic],
        ["ur"] = [WritingScript.Arabic],
        ["he"] = [WritingScript.Hebrew],
        ["yi"] = [WritingScript.Hebrew],
        ["th"] = [WritingScript.Thai],
        ["hi"] = [WritingScript.Devanagari],
        ["mr"] = [WritingScript.Devanagari],
        ["ne"] = [WritingScript.Devanagari],
    };

    public static bool IsKnown(string code) => Codes.Contains(code) || IsAutomatic(code);

    public static bool IsAutomatic(string code) => string.Equals(code, Automatic, StringComparison.OrdinalIgnoreCase);

    /// <summary>The scripts a language's lyrics are written in; languages not listed use Latin letters.</summary>
    public static IReadOnlyList<WritingScript> ScriptsOf(string code) =>
        Scripts.TryGetValue(code, out var scripts) ? scripts : [WritingScript.Latin];

    /// <summary>A language a script suggests, for the fix line ("lyrics in Han → zh").</summary>
    public static string? SuggestFor(WritingScript script) => script switch
    {
        WritingScript.Han => "zh",
        WritingScript.Kana => "ja",
        WritingScript.Hangul => "ko",
        WritingScript.Cyrillic => "ru",
        WritingScript.Greek => "el",
        WritingScript.Arabic => "ar",
        WritingScript.Hebrew => "he",
        WritingScript.Thai => "th",
        WritingScript.Devanagari => "hi",
        WritingScript.Latin => "en",
        _ => null,
    };

    /// <summary>Common names people write instead of the code ("english" → "en").</summary>
    public static string? CodeForName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "english" => "en",
        "chinese" or "mandarin" or "cantonese" => "zh",
        "japanese" => "ja",
        "korean" => "ko",
        "spanish" => "es",
        "french" => "fr",
        "german" => "de",
        "italian" => "it",
        "portuguese" => "pt",
        "russian" => "ru",
        "arabic" => "ar",
        "hindi" => "hi",
        _ => null,
    };
}
