using AceStep.Lyrics.Sheets;
using AceStep.Lyrics.Text;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>
/// Sings a lyric sheet on a plausible timeline (intro, lines at 0.22-0.30 s per syllable, short breaths between lines,
/// longer ones between sections, instrumental sections) and produces what a provider would hear: words with jittered
/// times, some misheard (known confusions such as "source" as "sores", otherwise a changed letter or a homophone for
/// Chinese), some missed, some extra. Everything comes from one seeded <see cref="Random"/>.
/// </summary>
internal sealed class SyntheticSinger(Random random, PerformanceOptions options)
{
    private static readonly Dictionary<string, string[]> KnownMishearings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ACE-Step"] = ["AC", "step"],
        ["source"] = ["sores"],
        ["arrives"] = ["eyes"],
        ["light"] = ["life"],
        ["machine"] = ["the", "scene"],
    };

    private static readonly string[] ExtraWords = ["yeah", "oh", "ooh", "baby", "hey"];
    private const string ChineseConfusions = "再在得的是事广光孟梦哥歌新心常唱又有泥你十时理里语雨疯风成城";

    private readonly List<RecognizedWord> heard = [];
    private readonly List<RecognizedSegment> segments = [];
    private readonly List<SungLine> truth = [];
    private bool mergedLast;

    public Performance Sing(string lyrics)
    {
        var time = 6 + (random.NextDouble() * 4);
        var sections = LyricsSheet.Parse(lyrics).Sections;
        foreach (var section in sections)
        {
            if (section.IsInstrumental)
            {
                time += section.Kind is SectionKind.Intro or SectionKind.Outro ? 0 : 10 + (random.NextDouble() * 6);
                continue;
            }

            foreach (var line in section.Lines)
            {
                time = SingLine(line, time) + 0.3 + (random.NextDouble() * 0.6);
            }

            time += 0.7 + (random.NextDouble() * 1.6);
        }

        var duration = time + 8;
        return new Performance(truth, new Transcript(heard, options.WhisperStyle ? segments : [], options.Language, "synthetic", "test"), duration);
    }

    private double SingLine(string line, double start)
    {
        var words = GroupCharacters(LyricWords.Split(line));
        var pace = 0.22 + (random.NextDouble() * 0.08);
        var time = start;
        var firstHeard = heard.Count;
        foreach (var word in words)
        {
            var duration = Math.Max(1, SyllableCounter.Count(word)) * pace;
            Hear(word, time, time + duration);
            time += duration + 0.02 + (random.NextDouble() * 0.1);
            if (random.NextDouble() < options.InsertShare)
            {
                heard.Add(Jittered(ExtraWords[random.Next(ExtraWords.Length)], time, time + 0.2));
                time += 0.25;
            }
        }

        var end = time - 0.02;
        truth.Add(new SungLine(LyricPunctuationFree(line), start, end));
        AddSegment(firstHeard);
        return end;
    }

    // Whisper hears Chinese in words of one to three characters.
    private List<string> GroupCharacters(IReadOnlyList<string> words)
    {
        var grouped = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            var take = ScriptClassifier.Dominant(words[i]) is ScriptKind.Cjk ? Math.Min(words.Count - i, 1 + random.Next(3)) : 1;
            grouped.Add(string.Concat(words.Skip(i).Take(take)));
            i += take;
        }

        return grouped;
    }

    private void Hear(string word, double start, double end)
    {
        var roll = random.NextDouble();
        if (roll < options.DropShare)
        {
            return;
        }

        var text = options.WhisperStyle ? StripPunctuation(word) : word;
        string[] parts = roll < options.DropShare + options.MishearShare ? Mishear(text) : SplitHyphens(text);
        var slice = (end - start) / parts.Length;
        for (var i = 0; i < parts.Length; i++)
        {
            heard.Add(Jittered(parts[i], start + (i * slice), start + ((i + 1) * slice)));
        }
    }

    private string[] SplitHyphens(string text) =>
        options.WhisperStyle ? text.Split('-', StringSplitOptions.RemoveEmptyEntries) : [text];

    private string[] Mishear(string word)
    {
        var bare = StripPunctuation(word);
        if (KnownMishearings.TryGetValue(bare, out var known))
        {
            return known;
        }

        if (ScriptClassifier.Dominant(bare) is ScriptKind.Cjk)
        {
            var characters = bare.ToCharArray();
            characters[random.Next(characters.Length)] = ChineseConfusions[random.Next(ChineseConfusions.Length)];
            return [new string(characters)];
        }

        var letters = bare.ToCharArray();
        var at = random.Next(letters.Length);
        letters[at] = "aeioustrnl"[random.Next(10)];
        return [new string(letters)];
    }

    private RecognizedWord Jittered(string text, double start, double end)
    {
        var shift = (random.NextDouble() * 2 - 1) * options.JitterSeconds;
        var previousEnd = heard.Count > 0 ? heard[^1].End : 0;
        var jitteredStart = Math.Max(previousEnd, start + shift);
        return new RecognizedWord(text, jitteredStart, Math.Max(jitteredStart + 0.05, end + shift));
    }

    // Whisper's segments are phrases: here one or two sung lines each.
    private void AddSegment(int firstHeard)
    {
        if (heard.Count == firstHeard)
        {
            return;
        }

        if (segments.Count > 0 && random.NextDouble() < 0.35 && segments[^1].End > heard[firstHeard].Start - 1.5 && !mergedLast)
        {
            segments[^1] = segments[^1] with { End = heard[^1].End };
            mergedLast = true;
            return;
        }

        mergedLast = false;
        segments.Add(new RecognizedSegment(string.Empty, heard[firstHeard].Start, heard[^1].End));
    }

    private static string StripPunctuation(string word) =>
        new([.. word.Where(character => char.IsLetterOrDigit(character) || character is '\'' or '-')]);

    private static string LyricPunctuationFree(string line) => line.TrimEnd(',', '.', '，', '。', ' ');
}
