using System.Text.Json;
using AceStep.Batch;
using AceStep.Cli.Json;

namespace AceStep.Cli.Ledger;

/// <summary>
/// Moves the ledger of earlier versions (one JSON file per job in <c>&lt;state folder&gt;/jobs</c>) into the store,
/// once: each entry the store lacks is inserted, then the folder is renamed to <c>jobs.imported</c> so the next run
/// finds nothing to import. An unreadable file is skipped with a warning and stays in the renamed folder.
/// </summary>
internal static class JsonLedgerImport
{
    public const string FolderName = "jobs";
    public const string ImportedSuffix = ".imported";

    public static string FolderIn(string stateFolder) => Path.Combine(stateFolder, FolderName);

    public static async Task RunOnceAsync(IBatchStore store, string stateFolder, Action<string> warn)
    {
        var folder = FolderIn(stateFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (Read(path) is not { } entry)
            {
                warn($"Skipped {Path.GetFileName(path)} of the old job ledger: it is not a readable ledger entry (kept in {folder}{ImportedSuffix}).");
                continue;
            }

            var known = await store.FindJobAsync(entry.JobId).ConfigureAwait(false);
            if (!known.Any(record => record.Server == entry.Server))
            {
                await store.SaveJobAsync(LedgerRecords.ToRecord(entry)).ConfigureAwait(false);
            }
        }

        SetAside(folder);
    }

    private static LedgerEntry? Read(string path)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.LedgerEntry);

            // JSON null passes for a required field; such an entry is as unreadable as broken JSON.
            return entry is { JobId.Length: > 0, Server.Length: > 0, Request: not null } ? entry : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void SetAside(string folder)
    {
        var target = folder + ImportedSuffix;
        for (var n = 2; Directory.Exists(target) || File.Exists(target); n++)
        {
            target = $"{folder}{ImportedSuffix}-{n}";
        }

        try
        {
            Directory.Move(folder, target);
        }
        catch (IOException) when (!Directory.Exists(folder))
        {
            // Another acestep process imported the same folder at the same moment; inserting is idempotent, so nothing is lost.
        }
    }
}
