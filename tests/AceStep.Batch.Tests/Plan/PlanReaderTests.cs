using AceStep.Batch.Tests.Support;
using AceStep.Client;

namespace AceStep.Batch.Tests.Plan;

public sealed class PlanReaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_line_becomes_a_request_with_the_generate_flags_names()
    {
        File.WriteAllText(_folder.Combine("verse.txt"), "[Verse]\nrain on the window");
        var plan = Read("""
            # two songs
            {"caption": "lofi hip hop", "lyrics-file": "verse.txt", "duration": 30, "bpm": 90, "seed": "42,7", "key": "E minor", "time-sig": "3/4", "batch": 2, "model": "acestep-v15-turbo"}

            {"c": "synthwave", "instrumental": true, "thinking": false, "steps": 8, "guidance": 7.5, "format": "FLAC", "task_type": "text2music"}
            """);

        Assert.Equal(2, plan.Items.Count);
        var first = plan.Items[0].Request;
        Assert.Equal(("lofi hip hop", "[Verse]\nrain on the window", 30.0, 90, 2), (first.Caption, first.Lyrics, first.DurationSeconds, first.Bpm, first.BatchSize));
        Assert.Equal([42L, 7L], first.Seeds);
        Assert.Equal(("E minor", "3/4", "acestep-v15-turbo"), (first.KeyScale, first.TimeSignature, first.Model));
        Assert.Equal(2, plan.Items[0].LineNumber);
        var second = plan.Items[1].Request;
        Assert.Equal((true, false, 8, 7.5, "flac"), (second.Instrumental, second.Thinking, second.InferenceSteps, second.GuidanceScale, second.AudioFormat));
        Assert.Equal((1, 2), (plan.Items[0].Ordinal, plan.Items[1].Ordinal));
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_line_number_and_nothing_is_planned()
    {
        var error = Assert.Throws<PlanFormatException>(() => Read("""
            {"caption": "fine"}
            {"caption": "bad bpm", "bpm": 500}
            not json
            {"lyric": "typo"}
            {"description": "a song", "caption": "both"}
            [1, 2]
            {"caption": "x", "instrumental": true, "lyrics": "[Verse] words"}
            {"caption": "tags <prompt>"}
            {"caption": "cover", "task_type": "cover"}
            {"caption": "x", "duration": 0, "seed": "abc"}
            """));

        var lines = error.Errors.Select(e => e.Line).ToList();
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10, 10], lines);
        Assert.Contains("'bpm' must be from 30 to 300", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'lyric'", error.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("'description' cannot be combined", error.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("one JSON object", error.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("'instrumental' cannot be combined with lyrics", error.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("reserved tag <prompt>", error.Errors[6].Message, StringComparison.Ordinal);
        Assert.Contains("needs 'src_audio'", error.Errors[7].Message, StringComparison.Ordinal);
        Assert.StartsWith("The plan has 10 errors:", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2: 'bpm'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_stable_across_reads_and_identical_lines_are_separate_items()
    {
        const string Text = """
            {"caption": "same", "duration": 20}
            {"duration": 20, "caption": " same "}
            {"caption": "other"}
            """;

        var first = Read(Text);
        var again = Read("\n\n" + Text);

        Assert.Equal(first.Items.Select(i => i.Key), again.Items.Select(i => i.Key));
        Assert.Equal(3, first.Items.Select(i => i.Key).Distinct().Count());
        Assert.Equal(first.Items[0].RequestJson, first.Items[1].RequestJson);
    }

    [Fact]
    public void Defaults_apply_under_each_line_and_a_line_can_clear_one()
    {
        var options = new PlanReadOptions
        {
            Name = "defaults",
            BaseDirectory = _folder.Path,
            Defaults = new GenerationRequest { Thinking = true, BatchSize = 1, AudioFormat = "wav", VocalLanguage = "en" },
        };

        var plan = PlanReader.ReadJsonLines(new StringReader("""
            {"caption": "a"}
            {"caption": "b", "thinking": false, "language": null}
            """), options);

        Assert.Equal((true, "wav", "en"), (plan.Items[0].Request.Thinking, plan.Items[0].Request.AudioFormat, plan.Items[0].Request.VocalLanguage));
        Assert.Equal((false, (string?)null), (plan.Items[1].Request.Thinking, plan.Items[1].Request.VocalLanguage));
    }

    [Fact]
    public void A_missing_source_file_is_reported_with_the_folder_relative_paths_start_from()
    {
        var error = Assert.Throws<PlanFormatException>(() => Read("""{"caption": "cover it", "src_audio": "missing.mp3"}"""));

        Assert.Contains("missing.mp3, which does not exist", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains(_folder.Path, error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_plan_says_what_a_line_looks_like()
    {
        var error = Assert.Throws<PlanFormatException>(() => Read("# nothing yet\n"));

        Assert.Contains("one JSON object a line", error.Errors[0].Message, StringComparison.Ordinal);
    }

    private BatchPlan Read(string text) =>
        PlanReader.ReadJsonLines(new StringReader(text), new PlanReadOptions { Name = "plan", BaseDirectory = _folder.Path });
}
