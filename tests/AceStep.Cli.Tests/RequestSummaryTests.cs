using System.Text.Json;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Client;

namespace AceStep.Cli.Tests;

/// <summary>
/// The request saved in result files and the ledger is the library's request written property by property: these
/// pin the names, order and forms the files have always had, so agents reading them see no change.
/// </summary>
public sealed class RequestSummaryTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Every_parameter_is_saved_under_its_documented_name_in_order()
    {
        var source = _sandbox.WriteFile("song.wav", TestAudio.Wav(1));
        var request = new GenerationRequest
        {
            Caption = "Rock",
            Lyrics = "[Verse] 日本 é",
            Instrumental = false,
            Thinking = true,
            UseFormat = false,
            UseCotCaption = true,
            UseCotLanguage = false,
            Model = "acestep-v15-turbo",
            VocalLanguage = "ja",
            InferenceSteps = 8,
            GuidanceScale = 7.5,
            Seeds = [42, 123],
            DurationSeconds = 30.5,
            Bpm = 120,
            BatchSize = 2,
            KeyScale = "E minor",
            TimeSignature = "4/4",
            TaskType = "cover",
            SourceAudio = AudioSource.FromFile(source),
            CoverStrength = 0.5,
            RepaintStart = 1,
            RepaintEnd = 2.5,
            AudioFormat = "wav",
        };

        var saved = JsonSerializer.Serialize(RequestSummary.Of(request), CliJson.Context.RequestSummary);

        Assert.Equal(
            $$"""
            {
              "caption": "Rock",
              "lyrics": "[Verse] 日本 é",
              "sample_mode": false,
              "instrumental": false,
              "thinking": true,
              "use_format": false,
              "use_cot_caption": true,
              "use_cot_language": false,
              "model": "acestep-v15-turbo",
              "vocal_language": "ja",
              "inference_steps": 8,
              "guidance_scale": 7.5,
              "seed": "42,123",
              "duration": 30.5,
              "bpm": 120,
              "batch_size": 2,
              "key_scale": "E minor",
              "time_signature": "4/4",
              "task_type": "cover",
              "source_audio": {{JsonSerializer.Serialize(source)}},
              "cover_strength": 0.5,
              "repaint_start": 1,
              "repaint_end": 2.5,
              "audio_format": "wav"
            }
            """,
            saved);
    }

    [Fact]
    public void A_description_is_saved_as_sample_mode_text2music()
    {
        var saved = Saved(new GenerationRequest { Description = "a song about spring", Thinking = true });

        Assert.True(saved.GetProperty("sample_mode").GetBoolean());
        Assert.Equal("text2music", saved.GetProperty("task_type").GetString());
        Assert.Equal("mp3", saved.GetProperty("audio_format").GetString());
        Assert.False(saved.TryGetProperty("caption", out _));
    }

    [Fact]
    public void A_random_song_is_saved_as_sample_mode_without_a_task_type()
    {
        var saved = Saved(new GenerationRequest { SampleMode = true, Thinking = false });

        Assert.True(saved.GetProperty("sample_mode").GetBoolean());
        Assert.False(saved.TryGetProperty("task_type", out _));
        Assert.False(saved.GetProperty("thinking").GetBoolean());
    }

    [Fact]
    public void A_job_known_only_by_its_id_records_only_the_two_switches()
    {
        var saved = JsonSerializer.Serialize(RequestSummary.Unknown, CliJson.Context.RequestSummary);

        Assert.Equal("{\n  \"sample_mode\": false,\n  \"instrumental\": false\n}", saved.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_ledger_entry_read_back_is_written_again_unchanged()
    {
        const string written = """
            {
              "job_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
              "server": "http://127.0.0.1:8001",
              "mode": "native",
              "state": "submitted",
              "submitted": "2026-01-02T12:00:05+00:00",
              "updated": "2026-01-02T12:00:05+00:00",
              "output_dir": "/tmp/out",
              "request": {
                "caption": "Rock",
                "future_option": [1, 2],
                "seed": "42,123",
                "duration": 10
              },
              "files": []
            }
            """;

        var entry = JsonSerializer.Deserialize(written, CliJson.Context.LedgerEntry)!;
        var again = JsonSerializer.Serialize(entry, CliJson.Context.LedgerEntry);

        Assert.Equal("Rock", entry.Request.Caption);
        Assert.Null(entry.Request.Lyrics);
        Assert.Equal(
            JsonSerializer.Serialize(JsonElement.Parse(written).GetProperty("request")),
            JsonSerializer.Serialize(JsonElement.Parse(again).GetProperty("request")));
        Assert.Equal(LedgerState.Submitted, entry.State);
    }

    private static JsonElement Saved(GenerationRequest request) =>
        JsonElement.Parse(JsonSerializer.Serialize(RequestSummary.Of(request), CliJson.Context.RequestSummary));
}
