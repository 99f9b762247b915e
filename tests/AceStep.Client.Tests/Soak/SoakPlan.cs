namespace AceStep.Client.Tests.Soak;

/// <summary>
/// The whole soak run drawn up front from one seed: the jobs (when each is submitted, its batch, length and
/// format) and the faults (what, when, how many requests). Drawing everything before the run keeps the plan
/// reproducible even though the jobs then race each other.
/// </summary>
internal sealed class SoakPlan
{
    private static readonly string[] Formats = ["mp3", "wav", "flac"];

    private SoakPlan(IReadOnlyList<SoakJob> jobs, IReadOnlyList<SoakFaultEvent> faults)
    {
        Jobs = jobs;
        Faults = faults;
    }

    public IReadOnlyList<SoakJob> Jobs { get; }

    public IReadOnlyList<SoakFaultEvent> Faults { get; }

    public static SoakPlan Create(int seed, int jobCount, TimeSpan submissionWindow)
    {
        var random = new Random(seed);
        var jobs = Enumerable.Range(1, jobCount)
            .Select(number => new SoakJob(
                number,
                TimeSpan.FromMilliseconds(random.Next((int)submissionWindow.TotalMilliseconds)),
                BatchSize: random.NextDouble() < 0.3 ? 2 : 1,
                DurationSeconds: random.Next(1, 4),
                AudioFormat: Formats[random.Next(Formats.Length)]))
            .ToList();

        var faults = new List<SoakFaultEvent>();
        void Add(SoakFaultKind kind, int times, int maxCount)
        {
            for (var i = 0; i < times; i++)
            {
                var at = TimeSpan.FromMilliseconds(random.Next((int)submissionWindow.TotalMilliseconds));
                faults.Add(new SoakFaultEvent(kind, at, random.Next(1, maxCount + 1)));
            }
        }

        Add(SoakFaultKind.PlainText500OnPoll, times: 4, maxCount: 3);
        Add(SoakFaultKind.Status503OnPoll, times: 3, maxCount: 2);
        Add(SoakFaultKind.Status502OnDownload, times: 3, maxCount: 2);
        Add(SoakFaultKind.PlainText500OnSubmit, times: 2, maxCount: 1);
        Add(SoakFaultKind.Status503OnSubmit, times: 2, maxCount: 1);
        Add(SoakFaultKind.QueueFullWindow, times: 1, maxCount: 1);
        Add(SoakFaultKind.DroppedDownloadWindow, times: 2, maxCount: 1);
        Add(SoakFaultKind.SlowDownloadWindow, times: 2, maxCount: 1);

        // The restart comes in the middle, when jobs are both queued and running.
        var restartAt = TimeSpan.FromMilliseconds(submissionWindow.TotalMilliseconds * (0.4 + (0.2 * random.NextDouble())));
        faults.Add(new SoakFaultEvent(SoakFaultKind.Restart, restartAt, 1));

        return new SoakPlan(jobs, [.. faults.OrderBy(f => f.At)]);
    }
}
