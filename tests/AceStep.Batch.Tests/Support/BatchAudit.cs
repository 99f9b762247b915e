using System.Text.Json;

namespace AceStep.Batch.Tests.Support;

/// <summary>
/// The invariants every run must leave true: each item done once (its files present, listed by no other item)
/// or failed with a reason; no job id twice; every job a server accepted is in the ledger; nothing half-written
/// in the output folder; batch.json says what the queue says.
/// </summary>
internal static class BatchAudit
{
    /// <param name="killed">
    /// A runner was killed: hidden partial files (a download or manifest cut off by SIGKILL) may remain; they are
    /// never results, and another runner may be writing its own, so nobody deletes them.
    /// </param>
    public static async Task<IReadOnlyList<ItemRecord>> VerifyAsync(IBatchStore store, BatchPlan plan, string outputDirectory, SimulatorFarm farm, bool killed = false)
    {
        var items = await store.ListItemsAsync(plan.Name);
        Assert.Equal(plan.Items.Select(item => item.Key).Order(), items.Select(item => item.Key).Order());
        foreach (var item in items)
        {
            Assert.True(item.IsFinished, $"item {item.Ordinal} is still {item.State}");
            if (item.State == ItemState.Failed)
            {
                Assert.NotNull(item.Failure);
                Assert.False(string.IsNullOrWhiteSpace(item.Error), $"item {item.Ordinal} failed without a reason");
            }
            else
            {
                Assert.NotEmpty(item.Files);
                Assert.All(item.Files, file => Assert.True(new FileInfo(Path.Combine(outputDirectory, file)).Length > 0, $"{file} is missing or empty"));
            }
        }

        var listed = items.SelectMany(item => item.Files).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var onDisk = Directory.GetFiles(outputDirectory).Select(Path.GetFileName).Where(name => name != "batch.json" && !(killed && name!.StartsWith('.'))).Order().ToList();
        Assert.True(listed.Order().SequenceEqual(onDisk), $"files not listed: {string.Join(", ", onDisk.Except(listed))}; listed but missing: {string.Join(", ", listed.Except(onDisk))}");

        var jobIds = items.Where(item => item.JobId is not null).Select(item => item.JobId).ToList();
        Assert.Equal(jobIds.Count, jobIds.Distinct().Count());
        var ledger = (await store.ListJobsAsync(0)).Where(job => job.BatchId == plan.Name).ToList();
        var uncertain = items.Count(item => item.Failure == FailureKind.Uncertain);
        var accepted = await farm.TotalJobsAsync();
        Assert.True(
            accepted >= ledger.Count && accepted <= ledger.Count + uncertain,
            $"the servers accepted {accepted} jobs; the ledger has {ledger.Count} ({uncertain} items uncertain)");

        VerifyManifest(items, outputDirectory);
        return items;
    }

    private static void VerifyManifest(IReadOnlyList<ItemRecord> items, string outputDirectory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outputDirectory, "batch.json")));
        var entries = manifest.RootElement.GetProperty("items").EnumerateArray().ToDictionary(entry => entry.GetProperty("key").GetString()!);
        Assert.Equal(items.Count, entries.Count);
        foreach (var item in items)
        {
            var entry = entries[item.Key];
            Assert.Equal(item.State.ToString().ToLowerInvariant(), entry.GetProperty("state").GetString());
            Assert.Equal(item.JobId, entry.GetProperty("job_id").GetString());
            Assert.Equal(item.Server, entry.GetProperty("server").GetString());
            Assert.Equal(item.Files, entry.GetProperty("files").EnumerateArray().Select(file => file.GetString()!));
            Assert.Equal(item.Error, entry.GetProperty("error").GetString());
        }
    }
}
