using System.Text.Json;
using AceStep.Client.Native;

namespace AceStep.Client.Tests.Native;

public sealed class NativeRequestBuilderTests
{
    [Fact]
    public async Task Caption_and_lyrics_body_has_natural_json_types_and_always_audio_format()
    {
        var request = new GenerationRequest
        {
            Caption = "Electronic pop, energetic synths",
            Lyrics = "[Verse] Hello",
            Thinking = true,
            UseFormat = false,
            UseCotCaption = true,
            UseCotLanguage = false,
            VocalLanguage = "en",
        };

        using var body = await RenderAsync(request);
        var root = body.RootElement;

        Assert.Equal(
            ["prompt", "lyrics", "thinking", "use_format", "use_cot_caption", "use_cot_language", "vocal_language", "audio_format", "use_random_seed"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Electronic pop, energetic synths", root.GetProperty("prompt").GetString());
        Assert.Equal("[Verse] Hello", root.GetProperty("lyrics").GetString());
        Assert.Equal(JsonValueKind.True, root.GetProperty("thinking").ValueKind);
        Assert.Equal(JsonValueKind.False, root.GetProperty("use_format").ValueKind);
        Assert.Equal("mp3", root.GetProperty("audio_format").GetString());
        Assert.Equal(JsonValueKind.True, root.GetProperty("use_random_seed").ValueKind);
        Assert.False(root.TryGetProperty("format", out _));
    }

    [Fact]
    public async Task All_attribute_options_map_to_their_native_fields_with_fixes()
    {
        var request = new GenerationRequest
        {
            Caption = "Jazz with saxophone",
            DurationSeconds = 90,
            Bpm = 110,
            KeyScale = "E minor",
            TimeSignature = "4/4",
            BatchSize = 2,
            Seeds = [42],
            Model = "acestep/acestep-v15-turbo",
            InferenceSteps = 16,
            GuidanceScale = 5.5,
            AudioFormat = "WAV",
        };

        using var body = await RenderAsync(request);
        var root = body.RootElement;

        Assert.Equal(90, root.GetProperty("audio_duration").GetDouble());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("bpm").ValueKind);
        Assert.Equal(110, root.GetProperty("bpm").GetInt32());
        Assert.Equal("E minor", root.GetProperty("key_scale").GetString());
        Assert.Equal("4", root.GetProperty("time_signature").GetString());
        Assert.Equal(2, root.GetProperty("batch_size").GetInt32());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(JsonValueKind.False, root.GetProperty("use_random_seed").ValueKind);
        Assert.Equal("acestep-v15-turbo", root.GetProperty("model").GetString());
        Assert.Equal(16, root.GetProperty("inference_steps").GetInt32());
        Assert.Equal(5.5, root.GetProperty("guidance_scale").GetDouble());
        Assert.Equal("wav", root.GetProperty("audio_format").GetString());
    }

    [Fact]
    public async Task Several_seeds_travel_as_the_comma_list_the_server_accepts()
    {
        using var body = await RenderAsync(new GenerationRequest { Caption = "x", Seeds = [42, 123, 456] });

        Assert.Equal("42,123,456", body.RootElement.GetProperty("seed").GetString());
    }

    [Fact]
    public async Task Description_becomes_sample_query_and_instrumental_becomes_inst_lyrics()
    {
        using var described = await RenderAsync(new GenerationRequest { Description = "A cheerful song about spring" });
        using var instrumental = await RenderAsync(new GenerationRequest { Caption = "lofi", Instrumental = true });

        Assert.Equal("A cheerful song about spring", described.RootElement.GetProperty("sample_query").GetString());
        Assert.Equal("[inst]", instrumental.RootElement.GetProperty("lyrics").GetString());
    }

    [Fact]
    public void Repaint_fields_follow_the_task_and_the_repainting_synonym_is_accepted()
    {
        var fields = NativeRequestBuilder.BuildFields(new GenerationRequest { Caption = "Pop", TaskType = "Repainting", RepaintStart = 30, RepaintEnd = 60, CoverStrength = 0.6 });

        Assert.Contains(new NativeField("task_type", "repaint"), fields);
        Assert.Contains(new NativeField("repainting_start", 30.0), fields);
        Assert.Contains(new NativeField("repainting_end", 60.0), fields);
        Assert.Contains(new NativeField("audio_cover_strength", 0.6), fields);
    }

    [Theory]
    [InlineData("2/4", "2")]
    [InlineData("3/4", "3")]
    [InlineData("4/4", "4")]
    [InlineData("6/8", "6")]
    [InlineData("4", "4")]
    [InlineData("5/4", "5/4")]
    public void Time_signatures_use_the_model_convention(string given, string sent) =>
        Assert.Equal(sent, GenerationVocabulary.ToModelTimeSignature(given));

    [Theory]
    [InlineData("acestep/acestep-v15-turbo", "acestep-v15-turbo")]
    [InlineData("acemusic/acestep-v15-base", "acestep-v15-base")]
    [InlineData("acestep-v15-turbo", "acestep-v15-turbo")]
    public void Native_model_names_lose_the_listing_prefix(string given, string sent) =>
        Assert.Equal(sent, GenerationVocabulary.ToNativeModelName(given));

    [Fact]
    public void Form_values_are_what_the_server_coerces_back()
    {
        Assert.Equal("true", new NativeField("thinking", true).ToFormValue());
        Assert.Equal("false", new NativeField("thinking", false).ToFormValue());
        Assert.Equal("120", new NativeField("bpm", 120).ToFormValue());
        Assert.Equal("0.6", new NativeField("audio_cover_strength", 0.6).ToFormValue());
    }

    private static async Task<JsonDocument> RenderAsync(GenerationRequest request)
    {
        using var content = NativeSubmitContent.Json(NativeRequestBuilder.BuildFields(request));
        return JsonDocument.Parse(await content.ReadAsStringAsync());
    }
}
