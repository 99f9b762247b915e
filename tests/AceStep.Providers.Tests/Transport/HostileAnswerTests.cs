using AceStep.Lyrics.Transcription;
using AceStep.Providers.ElevenLabs;
using AceStep.Providers.Gemini;
using AceStep.Providers.OpenAi;
using AceStep.Providers.Tests.Infrastructure;

namespace AceStep.Providers.Tests.Transport;

/// <summary>Answers with status 200 that break the contract: each is refused with a protocol error that says what came, never a crash or a bad file.</summary>
public sealed class HostileAnswerTests : IDisposable
{
    private static readonly string PngBase64 = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
    private static readonly string JpegBase64 = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46]);

    private readonly TestAudio audio = new();

    public void Dispose() => audio.Dispose();

    [Theory]
    [InlineData("""{"text":"hi","words":[{"word":"hi","start":-1,"end":0.5}]}""", "the word 'hi' at an impossible time (-1–0.5 s)")]
    [InlineData("""{"text":"hi","words":[{"word":"hi","start":1e300,"end":1e300}]}""", "at an impossible time")]
    [InlineData("""{"text":"hi","words":[{"word":"hi"}]}""", "the word 'hi' without a start or end time")]
    [InlineData("""{"text":"hi","words":[{"word":"hi","start":"soon","end":1}]}""", "JSON it cannot read")]
    [InlineData("""<html><head><title>Sign in</title></head><body>Portal</body></html>""", "an HTML page instead of an API answer (a proxy or gateway in between?): Sign in — Portal")]
    public async Task Impossible_word_times_and_non_json_answers_are_protocol_errors(string body, string expected)
    {
        await using var server = await CannedAnswerServer.StartAsync(body, body.StartsWith('<') ? "text/html" : "application/json");
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = server.BaseAddress, ApiKey = Keys.OpenAi, MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<ProviderProtocolException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Contains(expected, error.Message);
        Assert.Contains("this is not a valid answer", error.Message);
    }

    [Fact]
    public async Task Words_come_out_in_time_order_with_an_end_before_its_start_pulled_up()
    {
        await using var server = await CannedAnswerServer.StartAsync(
            """{"text":"b a","words":[{"word":"b","start":2.0,"end":1.5},{"word":" ","start":0.5,"end":0.6},{"word":"a","start":1.0,"end":1.2}],"segments":[{"text":" b a","start":1.0,"end":2.0}]}""");
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = server.BaseAddress, ApiKey = Keys.OpenAi });

        var transcript = await transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3")));

        Assert.Equal([new RecognizedWord("a", 1.0, 1.2), new RecognizedWord("b", 2.0, 2.0)], transcript.Words);
        Assert.Equal([new RecognizedSegment("b a", 1.0, 2.0)], transcript.Segments);
    }

    [Fact]
    public async Task An_answer_without_a_word_list_says_so()
    {
        await using var server = await CannedAnswerServer.StartAsync("""{"language_code":"eng","text":"hello there"}""");
        using var transcriber = new ElevenLabsTranscriber(new ElevenLabsTranscriberOptions { Endpoint = server.BaseAddress, ApiKey = Keys.ElevenLabs });

        var error = await Assert.ThrowsAsync<NoWordsRecognizedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Equal("ElevenLabs (scribe_v2) returned no timed words for song.mp3: its answer has no word list.", error.Message);
        Assert.Equal("hello there", error.RecognizedText);
    }

    [Fact]
    public async Task Interim_thought_images_are_skipped_and_the_type_follows_the_bytes()
    {
        var body = $$$"""{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"{{{PngBase64}}}"},"thought":true},{"text":"Here it is"},{"inlineData":{"mimeType":"image/png","data":"{{{JpegBase64}}}"}}]},"finishReason":"STOP"}]}""";
        await using var server = await CannedAnswerServer.StartAsync(body);
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = server.BaseAddress, ApiKey = Keys.Gemini });

        var image = await generator.GenerateAsync(new ImageGenerationRequest("A lake"));

        Assert.Equal(("image/jpeg", "jpg", "Here it is"), (image.MimeType, image.Extension, image.ModelText));
        Assert.Equal(Convert.FromBase64String(JpegBase64), image.Bytes);
    }

    [Theory]
    [InlineData("""{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"not base64!!"}}]}}]}""", "JSON it cannot read")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"PGh0bWw+PC9odG1sPg=="}}]}}]}""", "inline data that is not an image (declared 'image/png')")]
    public async Task Invalid_base64_or_bytes_that_are_not_an_image_are_refused(string body, string expected)
    {
        await using var server = await CannedAnswerServer.StartAsync(body);
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = server.BaseAddress, ApiKey = Keys.Gemini });

        var error = await Assert.ThrowsAsync<ProviderProtocolException>(() => generator.GenerateAsync(new ImageGenerationRequest("A lake")));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task An_image_over_the_cap_is_refused()
    {
        var big = new byte[4096];
        big[0] = 0x89;
        "PNG\r\n\u001a\n"u8.CopyTo(big.AsSpan(1));
        await using var server = await CannedAnswerServer.StartAsync($$$"""{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"{{{Convert.ToBase64String(big)}}}"}}]}}]}""");
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = server.BaseAddress, ApiKey = Keys.Gemini, MaxImageBytes = 1024 });

        var error = await Assert.ThrowsAsync<ProviderProtocolException>(() => generator.GenerateAsync(new ImageGenerationRequest("A lake")));

        Assert.Contains("an image of 4 KiB, over the 1 KiB allowed", error.Message);
    }

    [Fact]
    public async Task Text_instead_of_an_image_is_reported_with_what_the_model_wrote()
    {
        await using var server = await CannedAnswerServer.StartAsync("""{"candidates":[{"content":{"parts":[{"text":"I can only describe it: a lake at dawn."}]},"finishReason":"STOP"}]}""");
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = server.BaseAddress, ApiKey = Keys.Gemini });

        var error = await Assert.ThrowsAsync<ImageNotGeneratedException>(() => generator.GenerateAsync(new ImageGenerationRequest("A lake")));

        Assert.Equal(
            "Gemini (gemini-3.1-flash-image) returned no image: it answered without an image. The model wrote: \"I can only describe it: a lake at dawn.\". Try again, or rephrase the prompt.",
            error.Message);
    }
}
