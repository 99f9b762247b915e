namespace AceStep.Songwriting.Tests.Support;

/// <summary>Short ways to lint a draft in tests.</summary>
internal static class Lint
{
    /// <summary>The distinct rule ids a draft fires, sorted ordinally.</summary>
    public static IReadOnlyList<string> Ids(SongDraft draft) =>
        SongLinter.Lint(draft).Findings.Select(finding => finding.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<LintFinding> Rule(SongDraft draft, string ruleId) =>
        SongLinter.Lint(draft).Findings.Where(finding => finding.RuleId == ruleId).ToList();

    /// <summary>A short folk song that lints clean (Fixtures/good/folk.song), for tests that change one thing.</summary>
    public static SongDraft CleanSong => SongFixture.Load("good/folk.song").Draft;

    public const string CleanLyrics = """
        [Verse 1]
        I walked the road my father knew
        Beneath a sky of faded blue

        [Chorus]
        Carry me home, carry me home
        Down by the river where the willows grow
        """;
}
