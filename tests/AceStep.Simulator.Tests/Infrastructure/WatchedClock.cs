using Microsoft.Extensions.Time.Testing;

namespace AceStep.Simulator.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows when the code under test waits on it. A test moves time on only once
/// a wait is armed (<see cref="WaitUntilArmedAsync"/>), so the step fires that wait instead of passing before it
/// starts; a step longer than the wait fires it and nothing after it, because the next wait starts only then.
/// </summary>
internal sealed class WatchedClock(DateTimeOffset start) : TimeProvider
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _inner = new(start);
    private readonly Lock _gate = new();
    private int _armed;
    private TaskCompletionSource _armedSignal = NewSignal();

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public void Advance(TimeSpan by) => _inner.Advance(by);

    /// <summary>Completes once some one-shot wait on this clock has started and not yet fired.</summary>
    public Task WaitUntilArmedAsync()
    {
        lock (_gate)
        {
            return _armed > 0 ? Task.CompletedTask : _armedSignal.Task.WaitAsync(Deadline);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan)
        {
            return _inner.CreateTimer(callback, state, dueTime, period);
        }

        lock (_gate)
        {
            _armed++;
            _armedSignal.TrySetResult();
        }

        var fired = 0;
        return _inner.CreateTimer(
            s =>
            {
                if (Interlocked.Exchange(ref fired, 1) == 0)
                {
                    Disarm();
                }

                callback(s);
            },
            state,
            dueTime,
            period);
    }

    private void Disarm()
    {
        lock (_gate)
        {
            if (--_armed == 0)
            {
                _armedSignal = NewSignal();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
