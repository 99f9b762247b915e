using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Chat;

/// <summary>Shared helpers: a B server with its models loaded, and chat request bodies.</summary>
internal static class ChatTestRequests
{
    public static async Task<RunningSimulator> StartLoadedAsync(Action<SimulatorOptions>? configure = null)
    {
        var sim = await RunningSimulator.StartAsync(configure);
        if (sim.Server.Faults.ModelLoadError is null)
        {
            await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}"));
        }

        return sim;
    }

    public static string Body(object extra) => JsonSerializer.Serialize(extra);

    public static string Simple(string content, string extraFields = "") =>
        $$"""{"model":"acestep/acestep-v15-turbo","messages":[{"role":"user","content":{{JsonSerializer.Serialize(content)}}}],"audio_config":{"duration":1,"format":"wav"}{{extraFields}}}""";
}
