using System.Text.Json;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Ledger;

/// <summary>
/// The servers found running without the 5 Hz LM by a job that failed for it (version A says so no other way), so the
/// next run leaves thinking off instead of losing another job. One file in the state folder, server address → when
/// it was seen; an entry is forgotten after <see cref="Lifetime"/>, since a server may be restarted with the LM.
/// </summary>
internal sealed class LmlessServers(string path)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public string Path { get; } = path;

    public static LmlessServers Open(CliEnvironment environment) =>
        new(System.IO.Path.Combine(StateFolder.Resolve(environment), "lm-less-servers.json"));

    /// <summary>When the server was last seen without the LM, if that is recent enough to still count.</summary>
    public DateTimeOffset? SeenWithoutLm(string server, DateTimeOffset now) =>
        Read().Servers.TryGetValue(server, out var seen) && now - seen < Lifetime && seen <= now ? seen : null;

    public void Remember(string server, DateTimeOffset now) => Update(servers => servers[server] = now, now);

    public void Forget(string server, DateTimeOffset now)
    {
        if (Read().Servers.ContainsKey(server))
        {
            Update(servers => servers.Remove(server), now);
        }
    }

    private void Update(Action<Dictionary<string, DateTimeOffset>> change, DateTimeOffset now)
    {
        var servers = Read().Servers
            .Where(pair => now - pair.Value < Lifetime)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        change(servers);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var json = JsonSerializer.Serialize(new LmlessServersDocument { Servers = servers }, CliJson.Context.LmlessServersDocument);
        AtomicFile.WriteAllText(Path, json + "\n", overwrite: true, ownerOnly: true);
    }

    private LmlessServersDocument Read()
    {
        try
        {
            return File.Exists(Path)
                ? JsonSerializer.Deserialize(File.ReadAllText(Path), CliJson.Context.LmlessServersDocument) ?? new LmlessServersDocument()
                : new LmlessServersDocument();
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged memory only costs a failed job that tells the user the cause again.
            return new LmlessServersDocument();
        }
    }
}
