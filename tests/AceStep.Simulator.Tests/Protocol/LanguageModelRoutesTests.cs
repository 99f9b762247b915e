using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>/format_input, /create_random_sample and /v1/create_sample (see docs/protocol.md, "Other routes").</summary>
public sealed class LanguageModelRoutesTests
{
    [Fact]
    public async Task Format_input_returns_the_formatted_fields_keeping_given_metadata()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/format_input",
            """{"prompt":"lofi beat","lyrics":"[Verse]\nla la","param_obj":"{\"bpm\":92,\"key\":\"A minor\"}","time_signature":"3"}"""));

        Assert.Equal(["caption", "lyrics", "bpm", "key_scale", "time_signature", "duration", "vocal_language"], Json.Keys(data));
        Assert.Equal("Lofi beat", data.GetProperty("caption").GetString());
        Assert.Equal(92, data.GetProperty("bpm").GetInt32());
        Assert.Equal("A minor", data.GetProperty("key_scale").GetString());
        Assert.Equal("3", data.GetProperty("time_signature").GetString());
        Assert.Equal("unknown", data.GetProperty("vocal_language").GetString());
    }

    [Fact]
    public async Task Format_input_accepts_a_form()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["prompt"] = "jazz" });

        var data = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/format_input", form));

        Assert.Equal("Jazz", data.GetProperty("caption").GetString());
    }

    [Fact]
    public async Task Format_input_malformed_JSON_is_plain_text_500()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertPlainText500Async(await sim.PostJsonAsync("/format_input", "{"));
    }

    [Fact]
    public async Task Random_sample_simple_mode_is_a_description()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/create_random_sample", "{}"));

        Assert.Equal(["description", "instrumental", "vocal_language"], Json.Keys(data));
    }

    [Fact]
    public async Task Random_sample_any_other_type_is_a_full_song()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/create_random_sample", """{"sample_type":"custom_mode"}"""));

        Assert.Equal(["think", "caption", "lyrics", "bpm", "duration", "keyscale", "language", "timesignature"], Json.Keys(data));
        Assert.True(data.GetProperty("think").GetBoolean());
    }

    [Fact]
    public async Task Create_sample_invents_a_song_using_its_own_spelling()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/create_sample",
            """{"query":"calm piano","instrumental":"yes","vocal_language":"en"}"""));

        Assert.Equal(["caption", "lyrics", "bpm", "keyscale", "duration", "timesignature", "vocal_language"], Json.Keys(data));
        Assert.Equal("en", data.GetProperty("vocal_language").GetString());
        Assert.StartsWith("[inst", data.GetProperty("lyrics").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_sample_is_deterministic_for_a_query()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var first = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/create_sample", """{"query":"sea shanty"}"""));
        var second = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/create_sample", """{"query":"sea shanty"}"""));

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }
}
