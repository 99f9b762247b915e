using Microsoft.Extensions.Time.Testing;

namespace AceStep.Providers.Tests.Infrastructure;

/// <summary>
/// Moves a fake clock forward in small steps while a task waits on it (retry waits, deadlines), so timing is proven
/// in fake time; returns how much fake time passed by the time the task ended.
/// </summary>
internal static class ClockDriver
{
    public static async Task<TimeSpan> RunAsync(FakeTimeProvider clock, Task task, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var increment = step ?? TimeSpan.FromMilliseconds(250);
        var start = clock.GetUtcNow();
        var stop = start + (limit ?? TimeSpan.FromMinutes(30));
        while (!task.IsCompleted && clock.GetUtcNow() < stop)
        {
            await Task.WhenAny(task, Task.Delay(2));
            if (!task.IsCompleted)
            {
                clock.Advance(increment);
            }
        }

        // The task's outcome, failure included, is for the test to await; here it only has to end.
        await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(30)));
        return clock.GetUtcNow() - start;
    }
}
