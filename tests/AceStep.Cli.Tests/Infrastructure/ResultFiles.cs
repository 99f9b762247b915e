using System.Text.Json;
using AceStep.Cli.Json;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>Reads what a job left in the output folder.</summary>
internal static class ResultFiles
{
    public static JsonElement ReadResult(CliSandbox sandbox, string jobId)
    {
        var path = Path.Combine(sandbox.OutputDirectory, jobId + ".json");
        Assert.True(File.Exists(path), $"missing {path}");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    /// <summary>Every file in the output folder but the result JSON: audio, and any hidden temporary file left behind.</summary>
    public static string[] AudioFiles(CliSandbox sandbox) =>
        Directory.Exists(sandbox.OutputDirectory)
            ? Directory.GetFiles(sandbox.OutputDirectory).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order().ToArray()
            : [];

    public static JsonElement ReadLedger(CliSandbox sandbox, string jobId)
    {
        var entry = sandbox.Ledger.Find(jobId);
        Assert.True(entry is not null, $"job {jobId} is not in the ledger");
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(entry, CliJson.Context.LedgerEntry));
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts the result structure skills/acestep/SKILL.md documents: its top-level fields, a metas object, and
    /// files each with a size and a format.
    /// </summary>
    public static void AssertHasTheDocumentedResultFields(JsonElement result)
    {
        foreach (var field in new[] { "job_id", "status", "mode", "server", "prompt", "lyrics", "metas", "request", "files", "created" })
        {
            Assert.True(result.TryGetProperty(field, out _), $"result lacks '{field}'");
        }

        Assert.Equal(JsonValueKind.Object, result.GetProperty("metas").ValueKind);
        foreach (var file in result.GetProperty("files").EnumerateArray())
        {
            Assert.True(file.GetProperty("bytes").GetInt64() > 0);
            Assert.False(string.IsNullOrEmpty(file.GetProperty("format").GetString()));
        }
    }
}
