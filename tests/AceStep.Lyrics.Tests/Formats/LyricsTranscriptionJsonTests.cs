using System.Text.Json;
using AceStep.Lyrics.Alignment;
using AceStep.Lyrics.Formats;

namespace AceStep.Lyrics.Tests.Formats;

public class LyricsTranscriptionJsonTests
{
    private static readonly TimedLyrics Lines = new([new TimedLine(1.23456, 2.5, "你好世界", [new("你", 1.23456, 1.5), new("好", 1.5, 2.5)])]);

    [Fact]
    public void An_aligned_transcription_has_its_provider_match_rate_counts_warnings_and_lines()
    {
        var transcription = new LyricsTranscription(Lines, "openai", "whisper-1", "zh", new AlignmentStatistics(10, 9, 1, 0, 2), false, ["one warning"]);

        using var document = JsonDocument.Parse(LyricsTranscriptionJson.Write(transcription));

        var root = document.RootElement;
        Assert.Equal("openai", root.GetProperty("provider").GetString());
        Assert.Equal("whisper-1", root.GetProperty("model").GetString());
        Assert.Equal("zh", root.GetProperty("language").GetString());
        Assert.False(root.GetProperty("estimated").GetBoolean());
        Assert.Equal(0.9, root.GetProperty("match_rate").GetDouble());
        Assert.False(root.GetProperty("fallback").GetBoolean());
        Assert.Equal(2, root.GetProperty("alignment").GetProperty("extra_heard").GetInt32());
        Assert.Equal("one warning", root.GetProperty("warnings")[0].GetString());
        var line = root.GetProperty("lines")[0];
        Assert.Equal(1.235, line.GetProperty("start").GetDouble());
        Assert.Equal("你好世界", line.GetProperty("text").GetString());
        Assert.Equal("好", line.GetProperty("words")[1].GetProperty("text").GetString());
    }

    [Fact]
    public void An_estimate_has_no_model_language_or_match_rate_and_reads_back_as_estimated()
    {
        var transcription = new LyricsTranscription(Lines with { IsEstimated = true }, "estimate", null, null, null, false, []);

        var json = LyricsTranscriptionJson.Write(transcription, indented: false);

        Assert.StartsWith("{\"provider\":\"estimate\",\"model\":null,\"language\":null,\"estimated\":true,\"match_rate\":null,\"fallback\":false,\"warnings\":[],\"lines\":[", json, StringComparison.Ordinal);
        var read = LyricsJson.Read(json);
        Assert.True(read.Lyrics.IsEstimated);
        Assert.Equal("你好世界", Assert.Single(read.Lyrics.Lines).Text);
    }

    [Fact]
    public void The_properties_can_go_into_an_object_the_caller_extends()
    {
        var transcription = new LyricsTranscription(Lines, "elevenlabs", "scribe_v2", null, null, false, []);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("output", "acestep_output/job_1.lrc");
            LyricsTranscriptionJson.WriteProperties(writer, transcription);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());

        Assert.Equal("acestep_output/job_1.lrc", document.RootElement.GetProperty("output").GetString());
        Assert.Equal("elevenlabs", document.RootElement.GetProperty("provider").GetString());
    }
}
