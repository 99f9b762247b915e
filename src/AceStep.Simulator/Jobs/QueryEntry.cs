namespace AceStep.Simulator.Jobs;

/// <summary>
/// What /query_result reports for one task, precomputed whenever the job changes state so that polling only copies
/// bytes. <see cref="ResultLiteral"/> is the <c>result</c> value as a ready JSON string literal (quotes included).
/// </summary>
/// <param name="Status">0 queued/running, 1 succeeded, 2 failed.</param>
/// <param name="ResultLiteral">UTF-8 JSON string literal of the Python-formatted result array.</param>
/// <param name="CreateTimeSeconds">Submission time, for the one-hour rule.</param>
/// <param name="OwnProgressText">A per-job progress text literal (store-only failures); null means the global log line.</param>
/// <param name="WrittenAt">When the entry was written, for the retention rules.</param>
internal sealed record QueryEntry(int Status, byte[] ResultLiteral, long CreateTimeSeconds, byte[]? OwnProgressText, DateTimeOffset WrittenAt);
