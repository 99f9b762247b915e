using AceStep.Client.Transport;

namespace AceStep.Client.Jobs;

/// <summary>
/// The adaptive poll interval: quick at first, backing off by half each time up to the cap, and quick again
/// when the job is expected to finish soon or changes state.
/// </summary>
internal sealed class PollSchedule(ClientSettings settings)
{
    private const double BackoffFactor = 1.5;

    private TimeSpan _current = settings.PollInitialInterval;
    private JobState? _lastState;

    public TimeSpan Next(JobState state, TimeSpan? estimatedRemaining)
    {
        if (_lastState is { } last && last != state)
        {
            _current = settings.PollInitialInterval;
        }

        _lastState = state;
        var interval = _current;
        _current = Min(TimeSpan.FromTicks((long)(_current.Ticks * BackoffFactor)), settings.PollMaxInterval);
        if (estimatedRemaining is { } remaining && remaining > TimeSpan.Zero && remaining < interval * 4)
        {
            // Close to the expected end: look a few times per remaining interval so the result is seen promptly.
            interval = Max(settings.PollInitialInterval, remaining / 4);
        }

        return interval;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
