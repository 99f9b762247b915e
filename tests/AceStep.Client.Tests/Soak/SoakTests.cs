using System.Diagnostics;
using System.Net;
using AceStep.Client.Audio;
using AceStep.Client.Tests.Support;
using AceStep.Simulator;
using Xunit.Abstractions;

namespace AceStep.Client.Tests.Soak;

/// <summary>
/// The bounded soak test of issue 4: many concurrent native jobs through one client against a simulator that
/// fails jobs, drops and slows downloads, answers 5xx and 429, and restarts in the middle. Afterwards every job
/// is either downloaded exactly once (whole, decodable files, nothing temporary left) or reported with its reason.
/// Run alone (it measures a whole run); the figures go to the test output.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261125;
    private const int JobCount = 80;
    private const string Submit = "/release_task";
    private static readonly TimeSpan SubmissionWindow = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan WaitDeadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(55);
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task Concurrent_jobs_under_random_faults_are_each_downloaded_once_or_reported_with_a_reason()
    {
        var plan = SoakPlan.Create(Seed, JobCount, SubmissionWindow);
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            FixedGenerationTime = TimeSpan.FromMilliseconds(40),
            RandomSeed = Seed,
        });
        server.Faults.JobFailureRate = 0.1;
        var counter = new ResponseCounter(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4) });
        using var http = new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = SoakClient(http, server);
        using var bound = new CancellationTokenSource(RunBound);
        var injector = new FaultInjector(server, windowLength: TimeSpan.FromMilliseconds(400));
        var runner = new SoakJobRunner(client, _output.Path, WaitDeadline);
        var clock = Stopwatch.StartNew();

        var injecting = injector.RunAsync(plan.Faults, bound.Token);
        var reports = await Task.WhenAll(plan.Jobs.Select(job => runner.RunAsync(job, bound.Token)));
        await injecting;
        clock.Stop();

        var duplicated = CountDuplicates(reports);
        // The queue-full switch is a window, but what matters is how many submissions it refused.
        var hits = new Dictionary<SoakFaultKind, int>(injector.Hits()) { [SoakFaultKind.QueueFullWindow] = counter[Submit, HttpStatusCode.TooManyRequests] };
        output.WriteLine(SoakFigures.Describe(reports, hits, Observed(counter), duplicated, clock.Elapsed));

        Assert.Equal(JobCount, reports.Select(r => r.Job.Number).Distinct().Count());
        Assert.Equal(0, duplicated);
        AssertSubmissionsMatchTheServersAnswers(reports, counter);
        foreach (var report in reports)
        {
            AssertFolderMatchesOutcome(report);
        }

        Assert.Equal(
            reports.Sum(r => r.Files.Count),
            Directory.EnumerateFiles(_output.Path, "*", SearchOption.AllDirectories).Count());
        Assert.True(reports.Count(r => r.Outcome == SoakOutcome.Completed) >= JobCount / 4, "a soak in which few jobs complete proves little");
    }

    [Fact]
    public async Task Downloading_a_job_twice_does_not_duplicate_its_files()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { FixedGenerationTime = TimeSpan.FromMilliseconds(20) });
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var client = SoakClient(http, server);
        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "twice", Instrumental = true, BatchSize = 2, DurationSeconds = 2 });
        await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));
        var destination = new AudioDestination(_output.Path, JobIdSanitizer.ToFileStem(operation.Id));
        var first = await operation.DownloadAudioAsync(destination);
        var before = _output.Files().ToDictionary(name => name, name => File.ReadAllBytes(_output.Combine(name)));

        var again = await Assert.ThrowsAsync<IOException>(() => operation.DownloadAudioAsync(destination));
        var overwritten = await operation.DownloadAudioAsync(destination with { Overwrite = true });

        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);
        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(f => f.Path), overwritten.Select(f => f.Path));
        Assert.Equal(before.Keys, _output.Files());
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(_output.Combine(file.Key))));
    }

    public void Dispose() => _output.Dispose();

    private static AceStepClient SoakClient(HttpClient http, SimulatorServer server) => new(http, new AceStepClientOptions
    {
        Endpoint = server.BaseAddress,
        RequestTimeout = TimeSpan.FromSeconds(15),
        DownloadTimeout = TimeSpan.FromSeconds(20),
        PollInitialInterval = TimeSpan.FromMilliseconds(50),
        PollMaxInterval = TimeSpan.FromMilliseconds(300),
        LostJobGracePeriod = TimeSpan.FromSeconds(2),
        MaxRetries = 6,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        RetryMaxDelay = TimeSpan.FromMilliseconds(400),
        Random = new Random(Seed),
    });

    private static Dictionary<string, int> Observed(ResponseCounter counter) => new()
    {
        ["submissions accepted"] = counter[Submit, HttpStatusCode.OK],
        ["polls answered 500"] = counter["/query_result", HttpStatusCode.InternalServerError],
        ["polls answered 503"] = counter["/query_result", HttpStatusCode.ServiceUnavailable],
        ["downloads answered 502"] = counter["/v1/audio", HttpStatusCode.BadGateway],
        ["downloads resumed (206)"] = counter["/v1/audio", HttpStatusCode.PartialContent],
        ["downloads whole (200)"] = counter["/v1/audio", HttpStatusCode.OK],
    };

    /// <summary>
    /// Submissions are never retried after the server answered, so each accepted submission is exactly one job with
    /// an id, and each refusal exactly one rejected job: nothing was submitted twice and nothing vanished.
    /// </summary>
    private static void AssertSubmissionsMatchTheServersAnswers(SoakJobReport[] reports, ResponseCounter counter)
    {
        var ids = reports.Where(r => r.JobId is not null).Select(r => r.JobId).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(counter[Submit, HttpStatusCode.OK], ids.Count);
        var refusals = counter[Submit, HttpStatusCode.TooManyRequests]
            + counter[Submit, HttpStatusCode.InternalServerError]
            + counter[Submit, HttpStatusCode.ServiceUnavailable];
        Assert.Equal(refusals, reports.Count(r => r.Outcome == SoakOutcome.Rejected));
    }

    private void AssertFolderMatchesOutcome(SoakJobReport report)
    {
        var folder = Path.Combine(_output.Path, report.Job.FolderName);
        var names = Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray() : [];
        Assert.DoesNotContain(names, name => name!.StartsWith('.'));
        if (report.Outcome != SoakOutcome.Completed)
        {
            Assert.False(string.IsNullOrWhiteSpace(report.Reason), $"job {report.Job.Number} ended {report.Outcome} without a reason");
            if (report.Outcome != SoakOutcome.DownloadFailed)
            {
                Assert.Empty(names);
            }

            return;
        }

        var stem = JobIdSanitizer.ToFileStem(report.JobId!);
        Assert.Equal(report.Job.BatchSize, report.Files.Count);
        Assert.Equal(report.Files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal), names);
        for (var n = 1; n <= report.Job.BatchSize; n++)
        {
            var saved = Assert.Single(report.Files, f => Path.GetFileNameWithoutExtension(f.Path) == $"{stem}_{n}");
            AssertWholeAudio(saved, report.Job.DurationSeconds);
        }
    }

    private static void AssertWholeAudio(SavedAudio saved, int seconds)
    {
        var bytes = File.ReadAllBytes(saved.Path);
        Assert.Equal(saved.Bytes, bytes.Length);
        var format = AudioFormatSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, AudioFormatSniffer.HeaderLength)));
        Assert.Equal(saved.Format, format);
        Assert.NotEqual(AudioFormat.Unknown, format);
        var duration = AudioDurationProbe.Probe(saved.Path, format);
        Assert.NotNull(duration);
        Assert.InRange(duration.Value.TotalSeconds, seconds - 0.5, seconds + 0.5);
    }

    /// <summary>Files beyond a job's batch, or one path saved by two jobs.</summary>
    private static int CountDuplicates(SoakJobReport[] reports) =>
        reports.Sum(r => Math.Max(0, r.Files.Count - r.Job.BatchSize))
        + reports.SelectMany(r => r.Files).GroupBy(f => f.Path, StringComparer.Ordinal).Sum(g => g.Count() - 1);
}
