using System.Text.Json;
using AceStep.Simulator.Tests.Chat;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Faults;

/// <summary>
/// A server started without the 5Hz LM (<see cref="SimulatorFaults.LmUnavailable"/>), as a low-VRAM box or
/// ACESTEP_INIT_LLM=false starts it: what each version lets a client see of it.
/// </summary>
public sealed class LmlessServerTests
{
    private const string ThinkingJob = """{"prompt":"indie pop","lyrics":"[Verse] hello world","thinking":true,"batch_size":1,"audio_duration":0.5,"audio_format":"wav"}""";

    [Fact]
    public async Task Version_A_accepts_a_thinking_job_then_fails_it_with_no_reason()
    {
        await using var sim = await RunningSimulator.StartAsync(o =>
        {
            o.Version = ServerVersion.A;
            o.Faults.LmUnavailable = true;
        });

        var receipt = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/release_task", ThinkingJob));
        var entry = await sim.WaitForFinishAsync(receipt.GetProperty("task_id").GetString()!);

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        var item = Assert.Single(Json.ResultItems(entry));
        Assert.False(item.TryGetProperty("error", out _));
        Assert.Equal("failed", item.GetProperty("stage").GetString());
        // The last log line is all a poller gets, and it does not name the cause.
        var lastLogLine = entry.GetProperty("progress_text").GetString()!;
        Assert.Contains(" | INFO | ", lastLogLine, StringComparison.Ordinal);
        Assert.DoesNotContain("LM", lastLogLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task A_job_without_thinking_succeeds_with_the_LM_filled_metas_not_available(ServerVersion version)
    {
        await using var sim = await RunningSimulator.StartAsync(o =>
        {
            o.Version = version;
            o.Faults.LmUnavailable = true;
        });

        var item = (await sim.WaitForItemsAsync(await sim.SubmitAsync(ThinkingJob.Replace("\"thinking\":true", "\"thinking\":false", StringComparison.Ordinal))))[0];

        Assert.Equal(1, item.GetProperty("status").GetInt32());
        var metas = item.GetProperty("metas");
        foreach (var field in new[] { "bpm", "genres", "keyscale", "timesignature" })
        {
            Assert.Equal("N/A", metas.GetProperty(field).GetString());
        }

        Assert.Equal(0.5, metas.GetProperty("duration").GetDouble());
    }

    [Fact]
    public async Task Version_B_inventory_lists_no_LM_even_before_the_models_load()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        var data = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/model_inventory"));

        Assert.Equal(0, data.GetProperty("lm_models").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("loaded_lm_model").ValueKind);
        Assert.False(data.GetProperty("llm_initialized").GetBoolean());
    }

    [Fact]
    public async Task Version_B_inventory_lists_an_LM_that_failed_to_load_as_not_loaded()
    {
        await using var sim = await ChatTestRequests.StartLoadedAsync(o => o.Faults.LmLoadError = "weights missing");

        var data = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/model_inventory"));

        var lm = Assert.Single(data.GetProperty("lm_models").EnumerateArray());
        Assert.False(lm.GetProperty("is_loaded").GetBoolean());
        Assert.False(data.GetProperty("llm_initialized").GetBoolean());
    }

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task A_streamed_chat_job_with_thinking_fails_with_the_server_s_words(ServerVersion version)
    {
        await using var sim = await RunningSimulator.StartAsync(o =>
        {
            o.Version = version;
            o.Faults.LmUnavailable = true;
        });
        if (version == ServerVersion.B)
        {
            await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}"));
        }

        var text = await (await sim.PostJsonAsync("/v1/chat/completions", ChatTestRequests.Simple("indie pop", ",\"thinking\":true,\"stream\":true"))).Content.ReadAsStringAsync();
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        var error = JsonDocument.Parse(events[^3]["data: ".Length..]).RootElement.GetProperty("choices")[0];
        Assert.Contains("5Hz LM init failed: LLM not initialized at startup", error.GetProperty("delta").GetProperty("content").GetString(), StringComparison.Ordinal);
        var last = JsonDocument.Parse(events[^2]["data: ".Length..]).RootElement;
        Assert.Equal("error", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }
}
