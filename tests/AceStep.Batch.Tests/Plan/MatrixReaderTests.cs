namespace AceStep.Batch.Tests.Plan;

public sealed class MatrixReaderTests
{
    [Fact]
    public void A_yaml_matrix_expands_every_combination_with_seeds_fastest()
    {
        var plan = Read("""
            base:
              duration: 30
              format: mp3
              thinking: false
            captions: ["lofi hip hop", "synthwave"]
            bpms: [80, 100]
            seeds: [1, 2, 3]
            """);

        Assert.Equal(12, plan.Items.Count);
        Assert.Equal(
            ["lofi hip hop|80|1", "lofi hip hop|80|2", "lofi hip hop|80|3", "lofi hip hop|100|1"],
            plan.Items.Take(4).Select(i => $"{i.Request.Caption}|{i.Request.Bpm}|{i.Request.Seeds![0]}"));
        Assert.All(plan.Items, item => Assert.Equal((30.0, "mp3", false), (item.Request.DurationSeconds!.Value, item.Request.AudioFormat, item.Request.Thinking!.Value)));
        Assert.Equal(12, plan.Items.Select(i => i.Key).Distinct().Count());
    }

    [Fact]
    public void A_json_matrix_with_lyrics_and_durations_is_read_the_same_way()
    {
        var plan = Read("""{"base": {"caption": "ballad"}, "lyrics": ["[Verse] one", "[Verse] two"], "durations": [20, 40]}""");

        Assert.Equal(["[Verse] one|20", "[Verse] one|40", "[Verse] two|20", "[Verse] two|40"], plan.Items.Select(i => $"{i.Request.Lyrics}|{i.Request.DurationSeconds}"));
    }

    [Fact]
    public void Bad_values_are_reported_with_their_yaml_line()
    {
        var error = Assert.Throws<PlanFormatException>(() => Read("""
            base:
              duration: -5
            captions: ["ok"]
            bpms: [90, fast]
            colours: [red]
            """));

        Assert.Equal([2, 4, 5], error.Errors.Select(e => e.Line));
        Assert.Contains("base.duration", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("bpms[2]: 'bpm' must be a whole number", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'colours'", error.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_set_in_base_and_varied_by_an_axis_is_refused()
    {
        var error = Assert.Throws<PlanFormatException>(() => Read("base: {bpm: 90}\nbpms: [100]\ncaptions: [x]"));

        Assert.Contains("'bpm' is set in 'base' and varied by 'bpms'", error.Errors[0].Message, StringComparison.Ordinal);
    }

    private static BatchPlan Read(string text) => MatrixReader.Read(new StringReader(text), new PlanReadOptions { Name = "matrix" });
}
