namespace AceStep.Batch.Tests.Support;

/// <summary>Runner options for tests: short leases, quick polls, a recorded event stream.</summary>
internal static class TestRuns
{
    public static BatchOptions Options(string outputDirectory, int seed = 7) => new()
    {
        OutputDirectory = outputDirectory,
        LeaseDuration = TimeSpan.FromSeconds(5),
        HeartbeatInterval = TimeSpan.FromMilliseconds(500),
        IdlePollInterval = TimeSpan.FromMilliseconds(100),
        ProgressInterval = TimeSpan.FromMilliseconds(200),
        ServerPause = TimeSpan.FromMilliseconds(500),
        JobTimeout = TimeSpan.FromMinutes(2),
        Random = new Random(seed),
        ConfigureClient = client =>
        {
            client.PollInitialInterval = TimeSpan.FromMilliseconds(50);
            client.PollMaxInterval = TimeSpan.FromMilliseconds(200);
            client.LostJobGracePeriod = TimeSpan.FromSeconds(1);
            client.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            client.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            client.MaxRetries = 2;
            client.RequestTimeout = TimeSpan.FromSeconds(10);
        },
    };
}
