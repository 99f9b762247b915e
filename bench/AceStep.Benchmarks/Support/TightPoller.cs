using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace AceStep.Benchmarks.Support;

/// <summary>
/// The baseline a user could write by hand: poll /query_result every 20 ms, and the moment the job succeeds download
/// its files one after the other. What the library adds beyond this is the cost of its poll schedule.
/// </summary>
internal sealed class TightPoller(HttpClient http)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits for <paramref name="taskId"/>, saves its files into <paramref name="directory"/>, and returns the <see cref="Stopwatch"/> timestamp when the last is on disk.</summary>
    public async Task<long> WaitAndSaveAsync(string taskId, string directory, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await http.PostAsJsonAsync(
                "query_result", new Dictionary<string, string[]> { ["task_id_list"] = [taskId] }, cancellationToken);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var entry = document.RootElement.GetProperty("data")[0];
            var status = entry.GetProperty("status").GetInt32();
            if (status == 1)
            {
                using var items = JsonDocument.Parse(entry.GetProperty("result").GetString()!);
                var index = 0;
                foreach (var item in items.RootElement.EnumerateArray())
                {
                    var path = Path.Combine(directory, $"baseline-{taskId}-{index++}");
                    await using var file = File.Create(path);
                    await using var audio = await http.GetStreamAsync(item.GetProperty("file").GetString()!.TrimStart('/'), cancellationToken);
                    await audio.CopyToAsync(file, cancellationToken);
                }

                return Stopwatch.GetTimestamp();
            }

            if (status == 2)
            {
                throw new InvalidOperationException($"job {taskId} failed on the simulator");
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }
}
