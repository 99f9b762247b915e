using System.Text;
using System.Text.Json;
using AceStep.Batch.Tests.Support;

namespace AceStep.Batch.Tests.Running;

public sealed class SecretTests : IDisposable
{
    private const string Key = "sk-batch-canary-4411";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_server_is_named_without_its_credentials_and_its_key_is_never_shown()
    {
        var server = new ServerEndpoint(new Uri("http://user:pw@gpu1:8001/acestep?token=x")) { ApiKey = Key };

        Assert.Equal("http://gpu1:8001/acestep/", server.Name);
        Assert.DoesNotContain(Key, server.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pw", server.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_reaches_the_server_but_not_the_queue_the_manifest_or_the_events()
    {
        await using var farm = await SimulatorFarm.StartAsync(locked => locked.ApiKey = Key);
        var queueFile = _folder.Combine("queue.db");
        var output = _folder.Combine("out");
        var events = new StringBuilder();
        var log = new EventLog(batchEvent =>
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                BatchEventJson.Write(writer, batchEvent);
            }

            lock (events)
            {
                events.AppendLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
        });

        await using (var store = await BatchStores.OpenSqliteAsync(queueFile))
        {
            var summary = await BatchRunner.RunAsync(
                Plans.Songs("secret", 3, durationSeconds: 2), [new ServerEndpoint(farm.Servers[0].BaseAddress) { ApiKey = Key }], store, TestRuns.Options(output), log);
            Assert.Equal(3, summary.Done);
        }

        Assert.Contains("\"event\":\"item_completed\"", events.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, events.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, await File.ReadAllTextAsync(Path.Combine(output, "batch.json")), StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(_folder.Path, "queue.db*"))
        {
            Assert.DoesNotContain(Key, Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }
}
