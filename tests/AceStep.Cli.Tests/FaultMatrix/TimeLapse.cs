using Microsoft.Extensions.Time.Testing;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>
/// Moves a fake clock forward in small steps while a CLI command runs against a real-time simulator, so that
/// the client's long waits (the 30 s lost-job grace period, retry backoff) pass in a fraction of the time while
/// its request timeouts still leave a local server plenty of real time to answer.
/// </summary>
internal sealed class TimeLapse : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TimeLapse(FakeTimeProvider clock, TimeSpan step, TimeSpan every)
    {
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(every, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                clock.Advance(step);
            }
        });
    }

    /// <summary>One fake second every 50 ms: the CLI's 60 s request timeout is 3 s of real time.</summary>
    public static TimeLapse Start(FakeTimeProvider clock) => new(clock, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
