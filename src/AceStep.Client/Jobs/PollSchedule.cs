using AceStep.Client.Transport;

namespace AceStep.Client.Jobs;

/// <summary>
/// The adaptive poll interval: quick at first, backing off by half each time up to the cap, quick again when the job
/// changes state, and quicker still near its expected end, so that a finished job is seen within about
/// <see cref="NearEndInterval"/> rather than a whole backed-off interval later.
/// </summary>
internal sealed class PollSchedule(ClientSettings settings)
{
    /// <summary>
    /// The interval once the estimate says the job is about to end or overdue: a poll costs the server tens of
    /// microseconds, and this bounds the wait for a result that is ready to half of it on average.
    /// </summary>
    public static readonly TimeSpan NearEndInterval = TimeSpan.FromMilliseconds(100);

    private const double BackoffFactor = 1.5;

    private TimeSpan _current = settings.PollInitialInterval;
    private JobState? _lastState;
    private TimeSpan _overdue;

    public TimeSpan Next(JobState state, TimeSpan? estimatedRemaining)
    {
        if (_lastState is { } last && last != state)
        {
            _current = settings.PollInitialInterval;
        }

        _lastState = state;
        var interval = _current;
        _current = Min(TimeSpan.FromTicks((long)(_current.Ticks * BackoffFactor)), settings.PollMaxInterval);
        if (estimatedRemaining is not { } remaining)
        {
            return interval;
        }

        if (remaining > TimeSpan.Zero)
        {
            _overdue = TimeSpan.Zero;
            // Close to the expected end: look a few times per remaining interval, down to the near-end floor.
            return remaining < interval * 4 ? Clamp(remaining / 4, NearEndInterval, interval) : interval;
        }

        // Past the expected end the job may finish any moment; the longer it overruns, the less the estimate is
        // worth, so the interval grows back with the overrun (a quarter of it) towards the backed-off one.
        var next = Clamp(_overdue / 4, NearEndInterval, interval);
        _overdue += next;
        return next;
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan low, TimeSpan high) => value < low ? Min(low, high) : value > high ? high : value;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
