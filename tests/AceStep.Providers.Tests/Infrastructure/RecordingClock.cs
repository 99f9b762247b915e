using Microsoft.Extensions.Time.Testing;

namespace AceStep.Providers.Tests.Infrastructure;

/// <summary>
/// A fake clock that also remembers every timer started on it (retry waits, attempt deadlines), so a test can check
/// the waits a client asked for, independent of how fast the machine ran the exchanges in between.
/// </summary>
internal sealed class RecordingClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly List<TimeSpan> timers = [];
    private readonly Lock gate = new();

    public IReadOnlyList<TimeSpan> Timers
    {
        get
        {
            lock (gate)
            {
                return [.. timers];
            }
        }
    }

    /// <summary>The timers shorter than <paramref name="deadline"/>: the waits between attempts, in order.</summary>
    public IReadOnlyList<TimeSpan> WaitsUnder(TimeSpan deadline) => [.. Timers.Where(timer => timer < deadline)];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (gate)
        {
            timers.Add(dueTime);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }
}
