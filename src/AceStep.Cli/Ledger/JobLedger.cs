using System.Text.Json;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Ledger;

/// <summary>
/// The durable record of every submitted job: one JSON file per job, replaced atomically on each change,
/// so a crash or Ctrl+C never loses a job id and a later <c>acestep status</c> can pick it up.
/// </summary>
internal sealed class JobLedger
{
    public JobLedger(string folder) => Folder = folder;

    public string Folder { get; }

    public static JobLedger Open(CliEnvironment environment) => new(Path.Combine(StateFolder.Resolve(environment), "jobs"));

    public void Save(LedgerEntry entry)
    {
        Directory.CreateDirectory(Folder);
        var json = JsonSerializer.Serialize(entry, CliJson.Context.LedgerEntry);
        AtomicFile.WriteAllText(PathOf(entry.JobId), json + "\n", overwrite: true, ownerOnly: true);
    }

    public LedgerEntry? Find(string jobId)
    {
        var path = PathOf(jobId);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Every readable entry, newest first. Unreadable files are skipped, never deleted.</summary>
    public IReadOnlyList<LedgerEntry> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, "*.json")
            .Select(Read)
            .OfType<LedgerEntry>()
            .OrderByDescending(entry => entry.Submitted)
            .ToList();
    }

    private string PathOf(string jobId) => Path.Combine(Folder, AceStep.Client.JobIdSanitizer.ToFileStem(jobId) + ".json");

    private static LedgerEntry? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.LedgerEntry);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
