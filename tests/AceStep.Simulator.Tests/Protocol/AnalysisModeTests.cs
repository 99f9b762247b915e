using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>The analysis-only flags of /release_task (spec §10.12): no audio, their own item shapes.</summary>
public sealed class AnalysisModeTests
{
    [Fact]
    public async Task AnalysisOnly_ReturnsMetadataWithoutAFile()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"analysis_only":true,"prompt":"lofi"}""");

        JsonElement entry = await sim.WaitForFinishAsync(id);
        JsonElement item = Assert.Single(Json.ResultItems(entry));

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal("", item.GetProperty("file").GetString());
        Assert.Equal("Analysis Only Mode Complete", item.GetProperty("generation_info").GetString());
        Assert.Equal("None (Analysis Only)", item.GetProperty("dit_model").GetString());
        Assert.Equal(JsonValueKind.Number, item.GetProperty("metas").GetProperty("bpm").ValueKind);
    }

    [Fact]
    public async Task AnalysisOnly_NeedsTheLm()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync("""{"analysis_only":true}"""))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ExtractCodesOnly_ReturnsTheRawObjectWithCodes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string source = await GeneratedFileAsync(sim);
        string id = await sim.SubmitAsync(JsonSerializer.Serialize(new { extract_codes_only = true, src_audio_path = source }));

        JsonElement entry = await sim.WaitForFinishAsync(id);
        JsonElement item = Assert.Single(Json.ResultItems(entry));

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal(["status_message", "audio_codes", "audio_paths", "raw_audio_paths", "first_audio_path", "metas"], Json.Keys(item));
        Assert.StartsWith("<|audio_code_", item.GetProperty("audio_codes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullAnalysisOnly_DescribesTheSource_WithoutStatusOrFile()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string source = await GeneratedFileAsync(sim);
        string id = await sim.SubmitAsync(JsonSerializer.Serialize(new { full_analysis_only = true, src_audio_path = source }));

        JsonElement item = Assert.Single(Json.ResultItems(await sim.WaitForFinishAsync(id)));

        Assert.Equal("Full Hardware Analysis Success", item.GetProperty("status_message").GetString());
        Assert.False(item.TryGetProperty("status", out _));
        Assert.False(item.TryGetProperty("file", out _));
    }

    [Fact]
    public async Task ExtractCodesOnly_WithoutSource_Fails()
    {
        await using var sim = await RunningSimulator.StartAsync();

        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync("""{"extract_codes_only":true}"""))).GetProperty("status").GetInt32());
    }

    private static async Task<string> GeneratedFileAsync(RunningSimulator sim)
    {
        string id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");
        return AudioUrl.PathOf((await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!);
    }
}
