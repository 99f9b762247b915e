using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace AceStep.Benchmarks.Support;

/// <summary>
/// Finds the moment the server marks a job succeeded, independently of the client under test: it polls
/// /query_result on its own connection every couple of milliseconds and stamps the first answer with status 1.
/// The stamp is late by at most one poll interval plus one loopback round trip (about 1–3 ms).
/// </summary>
internal sealed class CompletionWatcher(HttpClient http)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(2);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which <paramref name="taskId"/> was first seen succeeded.</summary>
    public async Task<long> WaitForSuccessAsync(string taskId, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await http.PostAsJsonAsync(
                "query_result", new Dictionary<string, string[]> { ["task_id_list"] = [taskId] }, cancellationToken);
            var seenAt = Stopwatch.GetTimestamp();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var status = document.RootElement.GetProperty("data")[0].GetProperty("status").GetInt32();
            if (status == 1)
            {
                return seenAt;
            }

            if (status == 2)
            {
                throw new InvalidOperationException($"job {taskId} failed on the simulator");
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }
}
