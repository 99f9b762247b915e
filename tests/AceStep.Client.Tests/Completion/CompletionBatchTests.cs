using System.Text.Json;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Completion;

public sealed class CompletionBatchTests : IDisposable
{
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task Each_file_of_a_batch_is_its_own_request_with_its_own_seed()
    {
        var handler = new StubHandler(_ => StubHandler.Json(Answer()));
        using var client = TestClients.Create(handler);

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x", BatchSize = 2, Seeds = [5, 6] },
            new CompletionOptions { Model = "acestep/acestep-v15-turbo" },
            new AudioDestination(_output.Path, "b"));

        var bodies = handler.Requests.Select(r => JsonDocument.Parse(r.BodyText)).ToList();
        Assert.Equal([5L, 6L], bodies.Select(b => b.RootElement.GetProperty("seed").GetInt64()));
        Assert.All(bodies, b => Assert.Equal(1, b.RootElement.GetProperty("batch_size").GetInt32()));
        Assert.Equal(["b_1.wav", "b_2.wav"], _output.Files());
        Assert.Empty(outcome.Warnings);
        bodies.ForEach(b => b.Dispose());
    }

    [Fact]
    public async Task Without_sequential_delivery_one_request_carries_the_batch_and_a_warning()
    {
        var handler = new StubHandler(_ => StubHandler.Json(Answer()));
        using var client = TestClients.Create(handler);

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x", BatchSize = 3 },
            new CompletionOptions { Model = "m/x", DeliverBatchBySequentialRequests = false },
            new AudioDestination(_output.Path, "b"));

        using var body = JsonDocument.Parse(Assert.Single(handler.Requests).BodyText);
        Assert.Equal(3, body.RootElement.GetProperty("batch_size").GetInt32());
        Assert.Single(outcome.Files);
        Assert.Contains("only the first file", Assert.Single(outcome.Warnings), StringComparison.Ordinal);
    }

    public void Dispose() => _output.Dispose();

    private static string Answer() =>
        "{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"content\":\"\",\"audio\":[{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"data:audio/wav;base64,"
        + Convert.ToBase64String(AudioSamples.Wav(0.2)) + "\"}}]},\"finish_reason\":\"stop\"}]}";
}
