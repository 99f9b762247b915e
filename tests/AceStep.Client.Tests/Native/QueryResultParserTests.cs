using AceStep.Client.Native;
using AceStep.Client.Native.Wire;

namespace AceStep.Client.Tests.Native;

public sealed class QueryResultParserTests
{
    private const string Id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    [Fact]
    public void Succeeded_result_string_is_parsed_again_into_the_normalised_result()
    {
        var entry = new QueryEntry
        {
            TaskId = Id,
            Status = 1,
            Result = """[{"file": "/v1/audio?path=%2Fsrv%2Fa.mp3", "wave": "", "status": 1, "create_time": 1750912345, "env": "development", "prompt": "upbeat synth-pop", "lyrics": "[Verse]\nHello", "metas": {"bpm": 120, "duration": 60.0, "genres": "N/A", "keyscale": "C major", "timesignature": "4", "prompt": "orig", "lyrics": "orig lyrics"}, "generation_info": "info", "seed_value": "1846359021,3002219876", "lm_model": "acestep-5Hz-lm-1.7B", "dit_model": "acestep-v15-turbo", "progress": 1.0, "stage": "succeeded"}, {"file": "/v1/audio?path=%2Fsrv%2Fb.mp3", "status": 1}]""",
        };

        var status = QueryResultParser.Parse(entry, Id);

        Assert.Equal(JobState.Succeeded, status.State);
        var result = Assert.IsType<GenerationResult>(status.Result);
        Assert.Equal("upbeat synth-pop", result.Prompt);
        Assert.Equal("[Verse]\nHello", result.Lyrics);
        Assert.Equal(120, result.Metadata.Bpm);
        Assert.Equal(60.0, result.Metadata.DurationSeconds);
        Assert.Null(result.Metadata.Genres);
        Assert.Equal("C major", result.Metadata.KeyScale);
        Assert.Equal("4", result.Metadata.TimeSignature);
        Assert.Equal("orig", result.Metadata.OriginalPrompt);
        Assert.Equal("1846359021,3002219876", result.SeedValue);
        Assert.Equal("acestep-5Hz-lm-1.7B", result.LmModel);
        Assert.Equal("acestep-v15-turbo", result.DitModel);
        Assert.Equal([new RemoteAudio(1, "/v1/audio?path=%2Fsrv%2Fa.mp3"), new RemoteAudio(2, "/v1/audio?path=%2Fsrv%2Fb.mp3")], result.Audio);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750912345), status.SubmittedAt);
    }

    [Fact]
    public void Not_available_numbers_become_null()
    {
        var status = QueryResultParser.Parse(
            new QueryEntry { Status = 1, Result = """[{"file": "", "status": 1, "metas": {"bpm": "N/A", "duration": "N/A", "keyscale": "N/A"}}]""" },
            Id);

        Assert.Null(status.Result!.Metadata.Bpm);
        Assert.Null(status.Result.Metadata.DurationSeconds);
        Assert.Null(status.Result.Metadata.KeyScale);
        Assert.Empty(status.Result.Audio);
    }

    [Theory]
    [InlineData(0, "[]", JobState.Unknown)]
    [InlineData(0, """[{"file": "", "status": 0, "stage": "queued", "progress": 0.0}]""", JobState.Queued)]
    [InlineData(0, """[{"file": "", "status": 0, "stage": "Decoding audio...", "progress": 0.8}]""", JobState.Running)]
    [InlineData(2, """[{"file": "", "status": 2, "stage": "failed"}]""", JobState.Failed)]
    public void Status_and_items_decide_the_state(int status, string result, JobState expected) =>
        Assert.Equal(expected, QueryResultParser.Parse(new QueryEntry { Status = status, Result = result }, Id).State);

    [Fact]
    public void A_failure_before_start_keeps_its_error_text()
    {
        var status = QueryResultParser.Parse(
            new QueryEntry { Status = 2, Result = """[{"file": "", "status": 2, "stage": "failed", "error": "5Hz LM init failed: no GPU"}]""" },
            Id);

        Assert.Equal("5Hz LM init failed: no GPU", status.Error);
    }

    [Theory]
    [InlineData("http://evil.example/v1/audio?path=x")]
    [InlineData("//evil.example/v1/audio")]
    [InlineData("v1/audio?path=x")]
    [InlineData("/v1/audio?path=a b")]
    public void File_references_that_leave_the_server_are_refused(string file)
    {
        var entry = new QueryEntry { Status = 1, Result = $$"""[{"file": "{{file}}", "status": 1}]""" };

        Assert.Throws<AceStepProtocolException>(() => QueryResultParser.Parse(entry, Id));
    }

    [Fact]
    public void A_result_string_that_is_not_json_is_a_protocol_error()
    {
        var error = Assert.Throws<AceStepProtocolException>(() => QueryResultParser.Parse(new QueryEntry { Status = 1, Result = "<html>oops</html>" }, Id));

        Assert.Contains("expected JSON", error.Message, StringComparison.Ordinal);
    }
}
