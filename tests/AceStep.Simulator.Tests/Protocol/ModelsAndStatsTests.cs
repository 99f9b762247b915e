using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>GET /v1/models, /v1/model_inventory, /v1/stats, POST /v1/init and /v1/reinitialize (see docs/protocol.md, "Other routes").</summary>
public sealed class ModelsAndStatsTests
{
    [Fact]
    public async Task Models_is_empty_until_version_B_loads_its_models_then_the_OpenRouter_list()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = "k");

        var before = await Json.ReadAsync(await sim.GetAsync("/v1/models"), 200);
        Assert.Equal(["object", "data"], Json.Keys(before));
        Assert.Equal(0, before.GetProperty("data").GetArrayLength());

        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}", "Bearer k"));
        var after = await Json.ReadAsync(await sim.GetAsync("/v1/models"), 200);

        Assert.Equal("list", after.GetProperty("object").GetString());
        var model = Assert.Single(after.GetProperty("data").EnumerateArray());
        Assert.Equal(
            ["id", "name", "created", "input_modalities", "output_modalities", "context_length", "max_output_length", "pricing", "description", "architecture"],
            Json.Keys(model));
        Assert.Equal("acestep/acestep-v15-turbo", model.GetProperty("id").GetString());
        Assert.Equal("ACE-Step acestep-v15-turbo", model.GetProperty("name").GetString());
        var thirtyDaysAgo = DateTimeOffset.UtcNow.AddDays(-30).ToUnixTimeSeconds();
        Assert.InRange(model.GetProperty("created").GetInt64(), thirtyDaysAgo - 60, thirtyDaysAgo + 60);
        Assert.Equal("""{"prompt":"0","completion":"0","request":"0","image":"0"}""", model.GetProperty("pricing").GetRawText());
        Assert.Equal(JsonValueKind.Null, model.GetProperty("architecture").ValueKind);
    }

    [Fact]
    public async Task Model_inventory_lists_checkpoints_and_the_LM()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/model_inventory"));

        Assert.Equal(["models", "default_model", "lm_models", "loaded_lm_model", "llm_initialized"], Json.Keys(data));
        Assert.Equal(["acestep-v15-base", "acestep-v15-turbo"], data.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        var turbo = data.GetProperty("models")[1];
        Assert.Equal(["name", "is_default", "is_loaded", "supported_task_types"], Json.Keys(turbo));
        Assert.True(turbo.GetProperty("is_default").GetBoolean());
        Assert.False(turbo.GetProperty("is_loaded").GetBoolean());
        Assert.Equal(4, turbo.GetProperty("supported_task_types").GetArrayLength());
        Assert.Equal(7, data.GetProperty("models")[0].GetProperty("supported_task_types").GetArrayLength());
        Assert.Equal("acestep-v15-turbo", data.GetProperty("default_model").GetString());
    }

    [Fact]
    public async Task Stats_count_jobs_and_report_the_queue()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.QueueCapacity = 7);

        var fresh = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"));
        Assert.Equal(["jobs", "queue_size", "queue_maxsize", "avg_job_seconds"], Json.Keys(fresh));
        Assert.Equal(["total", "queued", "running", "succeeded", "failed"], Json.Keys(fresh.GetProperty("jobs")));
        Assert.Equal(7, fresh.GetProperty("queue_maxsize").GetInt32());
        Assert.Equal(5.0, fresh.GetProperty("avg_job_seconds").GetDouble());

        await sim.WaitForFinishAsync(await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}"""));
        var after = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"));

        Assert.Equal(1, after.GetProperty("jobs").GetProperty("total").GetInt32());
        Assert.Equal(1, after.GetProperty("jobs").GetProperty("succeeded").GetInt32());
        Assert.Equal(0, after.GetProperty("queue_size").GetInt32());
        Assert.True(after.GetProperty("avg_job_seconds").GetDouble() < 5.0);
    }

    [Fact]
    public async Task Init_loads_the_models_and_answers_the_inventory()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", """{"model":"acestep-v15-turbo","init_llm":true}"""));

        Assert.Equal(["message", "slot", "loaded_model", "loaded_lm_model", "models", "lm_models", "llm_initialized"], Json.Keys(data));
        Assert.Equal("Model initialization completed", data.GetProperty("message").GetString());
        Assert.Equal(1, data.GetProperty("slot").GetInt32());
        var health = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
        Assert.True(health.GetProperty("models_initialized").GetBoolean());
    }

    [Fact]
    public async Task Init_can_switch_to_the_base_model_which_then_runs_jobs()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", """{"model":"acestep-v15-base"}"""));
        var id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");

        Assert.Equal("acestep-v15-base", (await sim.WaitForItemsAsync(id))[0].GetProperty("dit_model").GetString());
    }

    [Fact]
    public async Task Init_unconfigured_slot_is_a_soft_400()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var response = await sim.PostJsonAsync("/v1/init", """{"slot":2}""");
        var body = await Json.ReadAsync(response, 200);

        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal(
            "Slot 2 is not available because ACESTEP_CONFIG_PATH2 was not set at startup. Restart the API with ACESTEP_CONFIG_PATH2 to enable this slot.",
            body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Init_unknown_model_is_a_soft_500()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var body = await Json.ReadAsync(await sim.PostJsonAsync("/v1/init", """{"model":"nope"}"""), 200);

        Assert.Equal(500, body.GetProperty("code").GetInt32());
        Assert.StartsWith("Model initialization failed: ", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_slot_out_of_range_is_422()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var response = await sim.PostJsonAsync("/v1/init", """{"slot":5}""");

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal(
            """{"detail":[{"type":"less_than_equal","loc":["body","slot"],"msg":"Input should be less than or equal to 3","input":5,"ctx":{"le":3}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Init_malformed_JSON_is_422_before_auth()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = "k");

        var body = await Json.ReadAsync(await sim.PostJsonAsync("/v1/init", "{bad"), 422);

        Assert.Equal("json_invalid", body.GetProperty("detail")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Reinitialize_loads_what_is_missing()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var first = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/reinitialize", ""));
        var second = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/reinitialize", ""));

        Assert.Equal("✅ Service reinitialized\n🔄 Reloaded: DiT/VAE/Text Encoder, LLM", first.GetProperty("message").GetString());
        Assert.Equal(["DiT/VAE/Text Encoder", "LLM"], first.GetProperty("reloaded").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, second.GetProperty("reloaded").GetArrayLength());
    }
}
