using System.Text.Json;
using AceStep.Batch;
using AceStep.Cli.Json;
using AceStep.Cli.Output;

namespace AceStep.Cli.Ledger;

/// <summary>A <see cref="LedgerEntry"/> as a row of the store's job table and back, every field kept.</summary>
internal static class LedgerRecords
{
    public static JobRecord ToRecord(LedgerEntry entry) => new()
    {
        JobId = entry.JobId,
        Server = entry.Server,
        Mode = ModeOf(entry.Mode),
        State = entry.State,
        RequestJson = entry.Request.Json.GetRawText(),
        OutputDirectory = entry.OutputDir,
        Files = entry.Files,
        ResultPath = entry.ResultPath,
        Error = entry.Error,
        SubmittedAt = entry.Submitted,
        UpdatedAt = entry.Updated,
    };

    public static LedgerEntry ToEntry(JobRecord record) => new()
    {
        JobId = record.JobId,
        Server = record.Server,
        Mode = record.Mode == ServerMode.Completion ? "completion" : "native",
        State = record.State,
        Submitted = record.SubmittedAt,
        Updated = record.UpdatedAt,
        OutputDir = record.OutputDirectory ?? "",
        Request = RequestOf(record.RequestJson),
        Files = record.Files,
        ResultPath = record.ResultPath,
        Error = record.Error,
    };

    private static ServerMode ModeOf(string mode) =>
        string.Equals(mode, "completion", StringComparison.OrdinalIgnoreCase) ? ServerMode.Completion : ServerMode.Native;

    private static RequestSummary RequestOf(string? json)
    {
        if (json is null)
        {
            return RequestSummary.Unknown;
        }

        using var document = JsonDocument.Parse(json);
        return RequestSummary.FromJson(document.RootElement);
    }
}
