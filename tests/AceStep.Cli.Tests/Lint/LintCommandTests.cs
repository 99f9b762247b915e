using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests.Lint;

public sealed class LintCommandTests : IDisposable
{
    private const string CleanCaption = "warm acoustic folk, male vocal, gentle guitar, nostalgic";

    private const string CleanLyrics = """
        [Verse 1]
        I walked the road my father knew
        Beneath a sky of faded blue

        [Chorus]
        Carry me home, carry me home
        Down by the river where the willows grow
        """;

    private readonly CliSandbox _sandbox = new();

    public static TheoryData<string> Good => LintFixture.In("good");

    public static TheoryData<string> Skill => LintFixture.In("skill");

    public static TheoryData<string> Bad => LintFixture.In("bad");

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [MemberData(nameof(Good))]
    [MemberData(nameof(Skill))]
    [MemberData(nameof(Bad))]
    public async Task Each_songwriting_example_reports_exactly_the_rules_it_breaks(string name)
    {
        var fixture = LintFixture.Load(name);

        var result = await _sandbox.RunAsync(fixture.CommandLine(_sandbox, "--json"));

        var report = result.Json();
        var fired = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(fixture.Expected.Order(StringComparer.Ordinal), fired);
        var clean = report.GetProperty("outcome").GetString() == "clean";
        Assert.True(result.ExitCode == (clean ? 0 : 11), result.ToString());
    }

    [Theory]
    [MemberData(nameof(Good))]
    public async Task A_good_example_is_clean_and_exits_0(string name)
    {
        var result = await _sandbox.RunAsync(LintFixture.Load(name).CommandLine(_sandbox));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Clean (0 errors, 0 warnings", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_skill_quick_start_prints_rule_severity_place_and_fix_and_exits_11()
    {
        var result = await _sandbox.RunAsync("lint", "-c", "pop, female vocal, piano", "-l", "[Verse] Your lyrics here...", "--duration", "120", "--language", "zh");

        Assert.Equal(11, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        var placeholder = Array.FindIndex(lines, line => line.StartsWith("lyrics:1:9: error L7a: \"Your lyrics here...\" is placeholder text", StringComparison.Ordinal));
        Assert.True(placeholder >= 0, result.ToString());
        Assert.Equal("    fix: Replace it with the real, complete lyrics.", lines[placeholder + 1]);
        Assert.Contains(lines, line => line.StartsWith("vocal_language: warning M4b: ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("duration: info M5c: ", StringComparison.Ordinal));
        Assert.Contains("duration estimate: 10 s at 100 BPM assumed", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Not clean: 1 error, 2 warnings, 2 info.", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_is_one_document_with_the_findings_and_the_duration_estimate()
    {
        var result = await _sandbox.RunAsync("lint", "-c", CleanCaption + ", 120 BPM", "-l", CleanLyrics, "--bpm", "120", "--json");

        Assert.Equal(11, result.ExitCode);
        var report = result.Json();
        Assert.Equal("warnings", report.GetProperty("outcome").GetString());
        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("C1", finding.GetProperty("rule").GetString());
        Assert.Equal("caption", finding.GetProperty("target").GetString());
        Assert.Equal(CleanCaption.Length + 3, finding.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("fix").GetString()));
        var estimate = report.GetProperty("duration_estimate");
        Assert.Equal(120, estimate.GetProperty("bpm").GetInt32());
        Assert.False(estimate.GetProperty("bpm_assumed").GetBoolean());
        Assert.Equal(4, estimate.GetProperty("sung_lines").GetInt32());
    }

    [Fact]
    public async Task Information_alone_is_clean()
    {
        var result = await _sandbox.RunAsync("lint", "-c", CleanCaption, "-l", CleanLyrics, "--duration", "300", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("clean", result.Json().GetProperty("outcome").GetString());
        Assert.Equal("M5c", Assert.Single(result.Json().GetProperty("findings").EnumerateArray()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Lyrics_are_read_from_standard_input()
    {
        var result = await _sandbox.RunWithInputAsync(CleanLyrics + "\n[Verse 2]\nYour lyrics here...\n", "lint", "-c", CleanCaption, "-l", "-", "--json");

        Assert.Equal(11, result.ExitCode);
        var finding = result.Json().GetProperty("findings")[0];
        Assert.Equal("L7a", finding.GetProperty("rule").GetString());
        Assert.Equal(9, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Values_outside_the_model_ranges_are_findings_not_usage_errors()
    {
        var result = await _sandbox.RunAsync("lint", "-c", CleanCaption, "-l", CleanLyrics, "--bpm", "320", "--duration", "700", "--json");

        Assert.Equal(11, result.ExitCode);
        var rules = result.Json().GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("M1a", rules);
        Assert.Contains("M5a", rules);
    }

    [Fact]
    public async Task Nothing_to_lint_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("lint", "--bpm", "120");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Nothing to lint", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput);
    }

    [Fact]
    public async Task A_tempo_that_is_not_a_number_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("lint", "-c", CleanCaption, "--bpm", "fast");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bpm must be a whole number", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_lyrics_file_is_a_usage_error_naming_it()
    {
        var result = await _sandbox.RunAsync("lint", "-c", CleanCaption, "-l", "@nowhere.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.txt does not exist", result.StandardError, StringComparison.Ordinal);
    }
}
