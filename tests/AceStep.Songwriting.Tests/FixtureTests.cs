using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests;

public class FixtureTests
{
    public static TheoryData<string> Good => SongFixture.In("good");

    public static TheoryData<string> Skill => SongFixture.In("skill");

    public static TheoryData<string> Bad => SongFixture.In("bad");

    [Theory]
    [MemberData(nameof(Good))]
    [MemberData(nameof(Skill))]
    [MemberData(nameof(Bad))]
    public void Each_example_fires_exactly_the_rules_it_breaks(string name)
    {
        var fixture = SongFixture.Load(name);

        var fired = Lint.Ids(fixture.Draft);

        Assert.Equal(fixture.Expected.Order(StringComparer.Ordinal), fired);
    }

    [Theory]
    [MemberData(nameof(Good))]
    public void A_good_example_has_no_error_and_no_warning(string name)
    {
        var report = SongLinter.Lint(SongFixture.Load(name).Draft);

        Assert.Equal(LintOutcome.Clean, report.Outcome);
        Assert.All(report.Findings, finding => Assert.Equal(LintSeverity.Info, finding.Severity));
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void A_bad_example_is_not_clean_unless_its_rules_are_advice(string name)
    {
        var fixture = SongFixture.Load(name);
        var report = SongLinter.Lint(fixture.Draft);
        var onlyAdvice = fixture.Expected.All(id => SongLinter.Rules.Single(rule => rule.Id == id).Severity == LintSeverity.Info);

        Assert.Equal(onlyAdvice, report.Outcome == LintOutcome.Clean);
    }

    [Fact]
    public void Every_rule_is_shown_broken_by_at_least_one_example()
    {
        var exercised = SongFixture.All().SelectMany(fixture => fixture.Expected).ToHashSet(StringComparer.Ordinal);

        var neverBroken = SongLinter.Rules.Select(rule => rule.Id).Where(id => !exercised.Contains(id)).ToList();

        Assert.Empty(neverBroken);
    }

    [Fact]
    public void The_fixtures_only_name_rules_that_exist()
    {
        var ids = SongLinter.Rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

        var unknown = SongFixture.All().SelectMany(fixture => fixture.Expected.Where(id => !ids.Contains(id)).Select(id => $"{fixture.Name}: {id}")).ToList();

        Assert.Empty(unknown);
    }
}
