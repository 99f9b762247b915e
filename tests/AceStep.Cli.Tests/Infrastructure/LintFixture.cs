namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>
/// A songwriting example (<c>LintFixtures/**/*.song</c>, shared with the library's tests) turned into the command line
/// that lints it: header lines become flags, the lyrics go through a file (-l @FILE), and <c>expect:</c> names the rules
/// it must fire.
/// </summary>
internal sealed record LintFixture(string Name, IReadOnlyList<string> Arguments, string Lyrics, IReadOnlyList<string> Expected)
{
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["caption"] = "-c",
        ["bpm"] = "--bpm",
        ["key"] = "--key-scale",
        ["time_signature"] = "--time-signature",
        ["duration"] = "--duration",
        ["language"] = "--language",
    };

    public static string Root => Path.Combine(AppContext.BaseDirectory, "LintFixtures");

    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root, folder), "*.song").Order(StringComparer.Ordinal))
        {
            data.Add($"{folder}/{Path.GetFileName(path)}");
        }

        return data;
    }

    public static LintFixture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Root, name)).ReplaceLineEndings("\n");
        var separator = text.IndexOf("\n---\n", StringComparison.Ordinal);
        var arguments = new List<string>();
        IReadOnlyList<string> expected = [];
        foreach (var line in text[..separator].Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (key == "expect")
            {
                expected = value == "none" ? [] : value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            else if (key == "instrumental")
            {
                arguments.AddRange(bool.Parse(value) ? ["--instrumental"] : []);
            }
            else
            {
                arguments.AddRange([Flags[key], value]);
            }
        }

        return new LintFixture(name, arguments, text[(separator + 5)..], expected);
    }

    /// <summary>The full <c>acestep lint</c> command line, after writing the lyrics into the sandbox.</summary>
    public string[] CommandLine(CliSandbox sandbox, params string[] extra)
    {
        var lyricsFile = sandbox.WriteText("lyrics.txt", Lyrics);
        return ["lint", .. Arguments, "-l", "@" + lyricsFile, .. extra];
    }
}
