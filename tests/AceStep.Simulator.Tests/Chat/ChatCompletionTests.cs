using System.Text;
using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Chat;

/// <summary>Non-streaming POST /v1/chat/completions (see docs/protocol.md, "Chat completions").</summary>
public sealed class ChatCompletionTests
{
    [Fact]
    public async Task Answers_the_OpenAI_shape_with_one_audio_data_URL_and_markdown_content()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        using var response = await sim.PostJsonAsync("/v1/chat/completions",
            """{"model":"acestep/acestep-v15-turbo","messages":[{"role":"user","content":"<prompt>Upbeat synth-pop, female vocal</prompt><lyrics>[Verse]\nHello world</lyrics>"}],"audio_config":{"duration":1.5,"bpm":120,"key_scale":"C major","time_signature":"4","format":"mp3"}}""");
        var body = await Json.ReadAsync(response, 200);

        Assert.Equal(["id", "object", "created", "model", "choices", "usage"], Json.Keys(body));
        Assert.Matches("^chatcmpl-[0-9a-f]{16}$", body.GetProperty("id").GetString());
        Assert.Equal("chat.completion", body.GetProperty("object").GetString());
        Assert.Equal("acestep/acestep-v15-turbo", body.GetProperty("model").GetString());
        Assert.Equal("""{"prompt_tokens":0,"completion_tokens":0,"total_tokens":0}""", body.GetProperty("usage").GetRawText());
        var choice = Assert.Single(body.GetProperty("choices").EnumerateArray());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        var message = choice.GetProperty("message");
        Assert.Equal(["role", "content", "audio", "audio_codes"], Json.Keys(message));
        Assert.Equal(JsonValueKind.Null, message.GetProperty("audio_codes").ValueKind);
        Assert.Equal(
            "## Metadata\n**Caption:** Upbeat synth-pop, female vocal\n**BPM:** 120\n**Duration:** 1.5s\n**Key:** C major\n**Time Signature:** 4\n\n## Lyrics\n[Verse]\nHello world",
            message.GetProperty("content").GetString());
        var audio = Assert.Single(message.GetProperty("audio").EnumerateArray());
        Assert.Equal("audio_url", audio.GetProperty("type").GetString());
        var url = audio.GetProperty("audio_url").GetProperty("url").GetString()!;
        Assert.StartsWith("data:audio/mpeg;base64,", url, StringComparison.Ordinal);
        var mp3 = Convert.FromBase64String(url["data:audio/mpeg;base64,".Length..]);
        Assert.True(mp3.Length > 1000);
    }

    [Fact]
    public async Task Only_the_first_file_is_returned_whatever_the_batch_size()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var body = await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("lofi", ",\"batch_size\":3")), 200);

        Assert.Equal(1, body.GetProperty("choices")[0].GetProperty("message").GetProperty("audio").GetArrayLength());
    }

    [Theory]
    [InlineData("wav", "audio/wav", "RIFF")]
    [InlineData("flac", "audio/flac", "fLaC")]
    [InlineData("ogg", "audio/ogg", "fLaC")]
    [InlineData("wav32", "audio/mpeg", "RIFF")]
    [InlineData("opus", "audio/mpeg", "OggS")]
    public async Task Data_URL_MIME_type_follows_the_requested_format_not_the_file(string format, string mime, string magic)
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();
        var body = $$$"""{"model":"m","messages":[{"role":"user","content":"lofi"}],"audio_config":{"duration":1,"format":"{{{format}}}"}}""";

        var url = (await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions", body), 200))
            .GetProperty("choices")[0].GetProperty("message").GetProperty("audio")[0].GetProperty("audio_url").GetProperty("url").GetString()!;

        Assert.StartsWith($"data:{mime};base64,", url, StringComparison.Ordinal);
        var bytes = Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(magic, Encoding.ASCII.GetString(bytes[..4]));
    }

    [Fact]
    public async Task Models_not_loaded_is_503()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("x")), 503, "Model not initialized. init_error=None");
    }

    [Fact]
    public async Task Missing_model_is_400_with_the_Pydantic_text()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/chat/completions", """{"messages":[{"role":"user","content":"hi"}]}"""), 400,
            "Invalid request format: 1 validation error for ChatCompletionRequest\nmodel\n  Field required [type=missing, input_value={'messages': [{'role': 'user', 'content': 'hi'}]}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.12/v/missing");
    }

    [Theory]
    [InlineData("""{"model":"m","messages":[{"role":"tool","content":"x"}]}""")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":null}]}""")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":3}""")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"top_p":1.5}""")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":0}""")]
    [InlineData("""{"model":"m"}""")]
    [InlineData("""not json""")]
    public async Task Invalid_bodies_are_400_invalid_request_format(string body)
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var error = await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions", body), 400);

        Assert.StartsWith("Invalid request format: ", error.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_is_JSON_whatever_the_content_type()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();
        using var content = new StringContent(ChatTestRequests.Simple("lofi"), Encoding.UTF8, "text/plain");

        var answer = await Json.ReadAsync(await sim.SendAsync(HttpMethod.Post, "/v1/chat/completions", content), 200);

        Assert.Equal("chat.completion", answer.GetProperty("object").GetString());
    }

    [Fact]
    public async Task Nothing_to_generate_is_400()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        await Json.AssertDetailAsync(
            await sim.PostJsonAsync("/v1/chat/completions", """{"model":"m","messages":[{"role":"system","content":"be nice"},{"role":"user","content":"   "}]}"""),
            400, "No valid prompt, lyrics, sample query, or input audio found in request");
    }

    [Fact]
    public async Task Plain_text_is_the_caption_in_B_and_the_last_user_message_wins()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();
        const string body = """{"model":"m","messages":[{"role":"user","content":"old idea"},{"role":"assistant","content":"ok"},{"role":"user","content":"jazz trio"},{"role":"user","content":""}],"audio_config":{"duration":1,"format":"wav"}}""";

        var content = await ContentOfAsync(sim, body);

        Assert.StartsWith("## Metadata\n**Caption:** jazz trio\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lyrics_looking_text_becomes_the_lyrics()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var content = await ContentOfAsync(sim, ChatTestRequests.Simple("[Verse]\nwalking home\n[Chorus]\nla la"));

        Assert.EndsWith("## Lyrics\n[Verse]\nwalking home\n[Chorus]\nla la", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explicit_lyrics_override_tagged_lyrics_and_the_text_becomes_the_caption()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var content = await ContentOfAsync(sim, ChatTestRequests.Simple("<prompt>rock</prompt><lyrics>discarded</lyrics>", ",\"lyrics\":\"[Verse]\\nmine\""));

        Assert.Contains("**Caption:** rock", content, StringComparison.Ordinal);
        Assert.EndsWith("## Lyrics\n[Verse]\nmine", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_mode_turns_the_text_into_a_query_and_the_LM_invents_the_song()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var content = await ContentOfAsync(sim, ChatTestRequests.Simple("a sad song about rain", ",\"sample_mode\":true"));

        Assert.StartsWith("## Metadata\n**Caption:** ", content, StringComparison.Ordinal);
        Assert.DoesNotContain("a sad song about rain", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instrumental_without_lyrics_writes_no_lyrics_section()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();
        const string body = """{"model":"m","messages":[{"role":"user","content":"ambient pads"}],"audio_config":{"duration":1,"format":"wav","instrumental":true}}""";

        Assert.DoesNotContain("## Lyrics", await ContentOfAsync(sim, body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cover_with_base64_input_audio_uses_it_as_the_source()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();
        var data = "data:audio/mpeg;base64," + Convert.ToBase64String(Encoding.ASCII.GetBytes("ID3 pretend mp3"));
        var body = ChatTestRequests.Body(new
        {
            model = "m",
            task_type = "cover",
            messages = new object[]
            {
                new
                {
                    role = "user",
                    content = new object[]
                    {
                        new { type = "text", text = "<prompt>Jazz cover with saxophone</prompt>" },
                        new { type = "input_audio", input_audio = new { data, format = "mp3" } },
                    },
                },
            },
            audio_config = new { duration = 1, format = "wav" },
        });

        var answer = await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions", body), 200);

        Assert.Single(answer.GetProperty("choices")[0].GetProperty("message").GetProperty("audio").EnumerateArray());
    }

    [Fact]
    public async Task Cover_without_audio_fails_with_a_traceback()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync();

        var error = await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("x", ",\"task_type\":\"cover\"")), 500);

        var detail = error.GetProperty("detail").GetString()!;
        Assert.StartsWith("Traceback (most recent call last):", detail, StringComparison.Ordinal);
        Assert.Contains("Task 'cover' requires source audio", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_jobs_share_the_queue_so_a_full_queue_is_429()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync(o => o.Faults.QueueFull = true);

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("x")), 429, "Server busy: queue is full");
    }

    [Fact]
    public async Task Timeout_is_504_and_the_job_keeps_running()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync(o =>
        {
            o.FixedGenerationTime = TimeSpan.FromSeconds(1.5);
            o.ChatGenerationTimeout = TimeSpan.FromMilliseconds(200);
        });

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("x")), 504, "Generation timeout");

        var jobs = (await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"))).GetProperty("jobs");
        Assert.Equal(1, jobs.GetProperty("queued").GetInt32() + jobs.GetProperty("running").GetInt32());
        for (var i = 0; i < 1000 && jobs.GetProperty("succeeded").GetInt32() == 0; i++)
        {
            await Task.Delay(20);
            jobs = (await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"))).GetProperty("jobs");
        }

        Assert.Equal(1, jobs.GetProperty("succeeded").GetInt32());
    }

    private static async Task<string> ContentOfAsync(RunningSimulator sim, string body) =>
        (await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions", body), 200))
            .GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
}
