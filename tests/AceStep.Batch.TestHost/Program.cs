using System.Text.Json;
using AceStep.Batch;

// Usage: AceStep.Batch.TestHost --plan FILE --name NAME --out DIR --server URL [--server URL…] (--sqlite FILE | --postgres)
// The PostgreSQL connection string comes from ACESTEP_BATCH_QUEUE, never from the command line (it may hold a password).
// Writes every event as one JSON line on stdout.
var arguments = ParseArguments(args);
var plan = PlanReader.ReadJsonLinesFile(arguments["plan"][0], new PlanReadOptions { Name = arguments["name"][0] });
await using var store = arguments.ContainsKey("sqlite")
    ? await BatchStores.OpenSqliteAsync(arguments["sqlite"][0])
    : await BatchStores.OpenPostgresAsync(Environment.GetEnvironmentVariable("ACESTEP_BATCH_QUEUE")!);
var servers = arguments["server"].Select(url => new ServerEndpoint(new Uri(url))).ToList();
var options = new BatchOptions
{
    OutputDirectory = arguments["out"][0],
    LeaseDuration = TimeSpan.FromSeconds(2),
    HeartbeatInterval = TimeSpan.FromMilliseconds(300),
    IdlePollInterval = TimeSpan.FromMilliseconds(100),
    ProgressInterval = TimeSpan.FromMilliseconds(200),
    ConfigureClient = client =>
    {
        client.PollInitialInterval = TimeSpan.FromMilliseconds(50);
        client.PollMaxInterval = TimeSpan.FromMilliseconds(200);
    },
};
var output = Console.OpenStandardOutput();
var gate = new Lock();
var events = new InlineProgress(batchEvent =>
{
    lock (gate)
    {
        using (var writer = new Utf8JsonWriter(output))
        {
            BatchEventJson.Write(writer, batchEvent);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }
});
var summary = await BatchRunner.RunAsync(plan, servers, store, options, events);
return summary.Remaining == 0 ? 0 : 1;

static Dictionary<string, List<string>> ParseArguments(string[] args)
{
    var parsed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        var name = args[i].TrimStart('-');
        if (!parsed.TryGetValue(name, out var values))
        {
            parsed[name] = values = [];
        }

        values.Add(args[i + 1]);
    }

    return parsed;
}
