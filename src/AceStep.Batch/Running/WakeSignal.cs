namespace AceStep.Batch;

/// <summary>Wakes a waiting loop early (work finished, room freed); otherwise the wait ends after its interval on the injected clock.</summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _signal = NewSource();

    public void Set() => _signal.TrySetResult();

    /// <summary>Waits for <see cref="Set"/> or the interval, whichever comes first; a set before the wait counts.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        var signal = _signal;
        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(interval, clock, stopDelay.Token);
        await Task.WhenAny(signal.Task, delay).ConfigureAwait(false);
        await stopDelay.CancelAsync().ConfigureAwait(false);
        Interlocked.CompareExchange(ref _signal, NewSource(), signal);
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
