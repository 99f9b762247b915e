using System.Text.Json;
using AceStep.Songwriting.Json;
using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Json;

public class LintReportJsonTests
{
    [Fact]
    public void The_document_has_the_outcome_counts_findings_and_estimate()
    {
        var report = SongLinter.Lint(SongFixture.Load("skill/quick-start.song").Draft);

        using var json = JsonDocument.Parse(LintReportJson.Write(report));
        var root = json.RootElement;

        Assert.Equal("errors", root.GetProperty("outcome").GetString());
        Assert.Equal((1, 2, 2), (root.GetProperty("counts").GetProperty("error").GetInt32(), root.GetProperty("counts").GetProperty("warning").GetInt32(), root.GetProperty("counts").GetProperty("info").GetInt32()));
        var first = root.GetProperty("findings")[0];
        Assert.Equal(("L7a", "error", "lyrics", 1, 9), (first.GetProperty("rule").GetString(), first.GetProperty("severity").GetString(), first.GetProperty("target").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("fix").GetString()));
        var estimate = root.GetProperty("duration_estimate");
        Assert.Equal((10, true, 1), (estimate.GetProperty("seconds").GetInt32(), estimate.GetProperty("bpm_assumed").GetBoolean(), estimate.GetProperty("sung_lines").GetInt32()));
        Assert.Equal("vocal", estimate.GetProperty("sections")[0].GetProperty("role").GetString());
    }

    [Fact]
    public void Metadata_findings_have_no_line_or_column_and_caption_findings_only_a_column()
    {
        var report = SongLinter.Lint(Lint.CleanSong with { Caption = "folk, 90 bpm, male vocal", Bpm = 500 });

        using var json = JsonDocument.Parse(LintReportJson.Write(report));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(finding => finding.GetProperty("rule").GetString()!);

        Assert.False(findings["M1a"].TryGetProperty("line", out _));
        Assert.False(findings["M1a"].TryGetProperty("column", out _));
        Assert.Equal("bpm", findings["M1a"].GetProperty("target").GetString());
        Assert.False(findings["C1"].TryGetProperty("line", out _));
        Assert.Equal(7, findings["C1"].GetProperty("column").GetInt32());
    }

    [Fact]
    public void Chinese_text_stays_readable_in_the_json()
    {
        var report = SongLinter.Lint(new SongDraft { Caption = "pop", Lyrics = "[Verse]\n我爱你" });

        var text = LintReportJson.Write(report, indented: false);

        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains("3 syllables", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_report_says_clean()
    {
        using var json = JsonDocument.Parse(LintReportJson.Write(SongLinter.Lint(Lint.CleanSong)));

        Assert.Equal("clean", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void The_report_embeds_at_a_writers_position()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("lint");
            LintReportJson.Write(writer, SongLinter.Lint(Lint.CleanSong));
            writer.WriteEndObject();
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(50, json.RootElement.GetProperty("lint").GetProperty("duration_estimate").GetProperty("seconds").GetInt32());
    }
}
