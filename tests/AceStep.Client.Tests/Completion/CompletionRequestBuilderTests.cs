using System.Text.Json;
using AceStep.Client.Completion;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Completion;

public sealed class CompletionRequestBuilderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Caption_and_lyrics_travel_in_tags_with_the_documented_fields()
    {
        var request = new GenerationRequest
        {
            Caption = "Jazz with saxophone",
            Lyrics = "[Verse] Hello\nworld",
            Thinking = true,
            UseFormat = false,
            UseCotCaption = true,
            UseCotLanguage = false,
            VocalLanguage = "en",
        };

        using var body = await RenderAsync(request, "acestep/acestep-v15-turbo");
        var root = body.RootElement;

        Assert.Equal("acestep/acestep-v15-turbo", root.GetProperty("model").GetString());
        var message = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Equal("<prompt>Jazz with saxophone</prompt><lyrics>[Verse] Hello\nworld</lyrics>", message.GetProperty("content").GetString());
        Assert.False(root.GetProperty("stream").GetBoolean());
        Assert.True(root.GetProperty("thinking").GetBoolean());
        Assert.False(root.GetProperty("use_format").GetBoolean());
        Assert.False(root.GetProperty("sample_mode").GetBoolean());
        Assert.True(root.GetProperty("use_cot_caption").GetBoolean());
        Assert.False(root.GetProperty("use_cot_language").GetBoolean());
        Assert.Equal("""{"format":"mp3","vocal_language":"en"}""", root.GetProperty("audio_config").GetRawText());
    }

    [Fact]
    public async Task Metadata_goes_inside_audio_config_and_steps_are_sent()
    {
        var request = new GenerationRequest
        {
            Caption = "Jazz",
            DurationSeconds = 90,
            Bpm = 110,
            KeyScale = "E minor",
            TimeSignature = "3/4",
            Seeds = [42],
            GuidanceScale = 5.5,
            InferenceSteps = 16,
            Instrumental = true,
            VocalLanguage = "zh",
        };

        using var body = await RenderAsync(request, "acemusic/acestep-v15-turbo", batchSize: 2);
        var root = body.RootElement;

        Assert.Equal("""{"format":"mp3","vocal_language":"zh","duration":90,"bpm":110,"key_scale":"E minor","time_signature":"3","instrumental":true}""", root.GetProperty("audio_config").GetRawText());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(5.5, root.GetProperty("guidance_scale").GetDouble());
        Assert.Equal(2, root.GetProperty("batch_size").GetInt32());
        Assert.Equal(16, root.GetProperty("inference_steps").GetInt32());
        Assert.False(root.TryGetProperty("duration", out _));
        Assert.False(root.TryGetProperty("bpm", out _));
        Assert.Equal("<prompt>Jazz</prompt><lyrics>[inst]</lyrics>", root.GetProperty("messages")[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_description_is_a_tagged_sample_query()
    {
        using var body = await RenderAsync(new GenerationRequest { Description = "A cheerful song about spring" }, "m/x");

        Assert.Equal("<prompt>A cheerful song about spring</prompt>", body.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.True(body.RootElement.GetProperty("sample_mode").GetBoolean());
    }

    [Theory]
    [InlineData("a <prompt> inside")]
    [InlineData("a </LYRICS> inside")]
    public void User_text_with_the_delimiting_tags_is_rejected(string caption) =>
        Assert.Throws<ArgumentException>(() => CompletionRequestBuilder.Build(new GenerationRequest { Caption = caption }, "m/x", false, null, null));

    [Fact]
    public void An_empty_request_is_rejected() =>
        Assert.Throws<ArgumentException>(() => CompletionRequestBuilder.Build(new GenerationRequest(), "m/x", false, null, null));

    [Fact]
    public async Task Source_audio_is_base64_in_an_input_audio_part_with_a_lowercase_format()
    {
        var path = _folder.Combine("Song.MP3");
        var audio = AudioSamples.Mp3(5);
        await File.WriteAllBytesAsync(path, audio);
        var request = new GenerationRequest { Caption = "Rock cover", SourceAudio = AudioSource.FromFile(path), CoverStrength = 0.6, DurationSeconds = 120 };
        using var content = CompletionRequestBuilder.Build(request, "acestep/acestep-v15-turbo", false, null, null);

        var text = await content.RenderAsync();
        using var body = JsonDocument.Parse(text);
        var root = body.RootElement;
        var parts = root.GetProperty("messages")[0].GetProperty("content");

        Assert.Equal("text", parts[0].GetProperty("type").GetString());
        Assert.Equal("<prompt>Rock cover</prompt>", parts[0].GetProperty("text").GetString());
        Assert.Equal("input_audio", parts[1].GetProperty("type").GetString());
        Assert.Equal(Convert.ToBase64String(audio), parts[1].GetProperty("input_audio").GetProperty("data").GetString());
        Assert.Equal("mp3", parts[1].GetProperty("input_audio").GetProperty("format").GetString());
        Assert.Equal("cover", root.GetProperty("task_type").GetString());
        Assert.Equal(0.6, root.GetProperty("audio_cover_strength").GetDouble());
        Assert.Equal(text.Length, content.Headers.ContentLength);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<JsonDocument> RenderAsync(GenerationRequest request, string model, int? batchSize = null)
    {
        using var content = CompletionRequestBuilder.Build(request, model, stream: false, request.Seeds, batchSize);
        return JsonDocument.Parse(await content.RenderAsync());
    }
}
