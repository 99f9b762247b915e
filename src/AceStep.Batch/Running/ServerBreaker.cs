namespace AceStep.Batch;

/// <summary>
/// Pauses a server after <c>threshold</c> connection-type failures in a row (refused, dropped, 429, 502–504,
/// 503, 401): it gets no new work until the pause ends and a <c>/health</c> probe answers. One success resets it.
/// </summary>
internal sealed class ServerBreaker(int threshold, TimeSpan pause, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _failures;

    public DateTimeOffset? PausedUntil { get; private set; }

    public bool IsPaused => PausedUntil is not null;

    /// <summary>Records a failure; the end of the pause when this failure starts one, else null.</summary>
    public DateTimeOffset? RecordFailure()
    {
        lock (_gate)
        {
            _failures++;
            if (_failures < threshold || PausedUntil is not null)
            {
                return null;
            }

            PausedUntil = clock.GetUtcNow() + pause;
            return PausedUntil;
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _failures = 0;
        }
    }

    /// <summary>After a failed probe: pause again.</summary>
    public DateTimeOffset Extend()
    {
        lock (_gate)
        {
            PausedUntil = clock.GetUtcNow() + pause;
            return PausedUntil.Value;
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            _failures = 0;
            PausedUntil = null;
        }
    }
}
