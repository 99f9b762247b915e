using Microsoft.Extensions.Time.Testing;

namespace AceStep.Client.Tests.Support;

/// <summary>Clients over a stub handler, with a fake clock and a seeded random source.</summary>
internal static class TestClients
{
    public static AceStepClient Create(StubHandler handler, FakeTimeProvider? time = null, Action<AceStepClientOptions>? configure = null)
    {
        var options = new AceStepClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:8001/"),
            TimeProvider = time ?? new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            Random = new Random(7),
        };
        configure?.Invoke(options);
        return new AceStepClient(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, options);
    }

    public static FakeTimeProvider NewClock() =>
        new(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Advances the fake clock in steps until <paramref name="task"/> completes (or a step limit is reached).</summary>
    public static async Task<T> RunAsync<T>(Task<T> task, FakeTimeProvider time, TimeSpan step, int maxSteps = 100_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        return await task;
    }
}
