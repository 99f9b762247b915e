using System.Globalization;

namespace AceStep.Songwriting.Tests.Support;

/// <summary>A draft read from a <c>Fixtures/**/*.song</c> file with the rule ids it must fire (see Fixtures/README.md).</summary>
internal sealed record SongFixture(string Name, SongDraft Draft, IReadOnlyList<string> Expected)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The fixture names (folder/file) under a folder, for <c>MemberData</c>.</summary>
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root, folder), "*.song").Order(StringComparer.Ordinal))
        {
            data.Add($"{folder}/{Path.GetFileName(path)}");
        }

        return data;
    }

    public static IEnumerable<SongFixture> All() =>
        Directory.GetFiles(Root, "*.song", SearchOption.AllDirectories)
            .Select(path => Load(Path.GetRelativePath(Root, path).Replace('\\', '/')));

    public static SongFixture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Root, name)).ReplaceLineEndings("\n");
        var separator = text.IndexOf("\n---\n", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new InvalidDataException($"{name}: no '---' line between the header and the lyrics");
        }

        var draft = new SongDraft { Lyrics = text[(separator + 5)..] };
        IReadOnlyList<string>? expected = null;
        foreach (var line in text[..separator].Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (key == "expect")
            {
                expected = value == "none" ? [] : value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            draft = With(draft, key, value, name);
        }

        return new SongFixture(name, draft, expected ?? throw new InvalidDataException($"{name}: no 'expect:' line"));
    }

    private static SongDraft With(SongDraft draft, string key, string value, string name) => key switch
    {
        "caption" => draft with { Caption = value },
        "bpm" => draft with { Bpm = int.Parse(value, CultureInfo.InvariantCulture) },
        "key" => draft with { KeyScale = value },
        "time_signature" => draft with { TimeSignature = value },
        "duration" => draft with { DurationSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
        "language" => draft with { VocalLanguage = value },
        "instrumental" => draft with { Instrumental = bool.Parse(value) },
        _ => throw new InvalidDataException($"{name}: unknown header '{key}'"),
    };
}
