using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>The analysis-only flags of /release_task (see docs/protocol.md, "Other routes"): no audio, their own item shapes.</summary>
public sealed class AnalysisModeTests
{
    [Fact]
    public async Task Analysis_only_returns_metadata_without_a_file()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"analysis_only":true,"prompt":"lofi"}""");

        var entry = await sim.WaitForFinishAsync(id);
        var item = Assert.Single(Json.ResultItems(entry));

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal("", item.GetProperty("file").GetString());
        Assert.Equal("Analysis Only Mode Complete", item.GetProperty("generation_info").GetString());
        Assert.Equal("None (Analysis Only)", item.GetProperty("dit_model").GetString());
        Assert.Equal(JsonValueKind.Number, item.GetProperty("metas").GetProperty("bpm").ValueKind);
    }

    [Fact]
    public async Task Analysis_only_needs_the_LM()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync("""{"analysis_only":true}"""))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Extract_codes_only_returns_the_raw_object_with_codes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var source = await GeneratedFileAsync(sim);
        var id = await sim.SubmitAsync(JsonSerializer.Serialize(new { extract_codes_only = true, src_audio_path = source }));

        var entry = await sim.WaitForFinishAsync(id);
        var item = Assert.Single(Json.ResultItems(entry));

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal(["status_message", "audio_codes", "audio_paths", "raw_audio_paths", "first_audio_path", "metas"], Json.Keys(item));
        Assert.StartsWith("<|audio_code_", item.GetProperty("audio_codes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_analysis_only_describes_the_source_without_status_or_file()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var source = await GeneratedFileAsync(sim);
        var id = await sim.SubmitAsync(JsonSerializer.Serialize(new { full_analysis_only = true, src_audio_path = source }));

        var item = Assert.Single(Json.ResultItems(await sim.WaitForFinishAsync(id)));

        Assert.Equal("Full Hardware Analysis Success", item.GetProperty("status_message").GetString());
        Assert.False(item.TryGetProperty("status", out _));
        Assert.False(item.TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Extract_codes_only_without_source_fails()
    {
        await using var sim = await RunningSimulator.StartAsync();

        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync("""{"extract_codes_only":true}"""))).GetProperty("status").GetInt32());
    }

    private static async Task<string> GeneratedFileAsync(RunningSimulator sim)
    {
        var id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");
        return AudioUrl.PathOf((await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!);
    }
}
