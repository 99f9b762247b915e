using AceStep.Providers.Transport;

namespace AceStep.Providers.Tests.Transport;

public sealed class RetryDelaysTests
{
    [Fact]
    public void Waits_double_with_each_retry_between_half_and_all_of_the_step_up_to_the_cap()
    {
        var delays = new RetryDelays(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new Random(3));

        for (var retry = 0; retry < 8; retry++)
        {
            var step = Math.Min(10, Math.Pow(2, retry));
            var wait = delays.DelayFor(retry, null)!.Value.TotalSeconds;
            Assert.InRange(wait, step / 2, step);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_waits()
    {
        var first = new RetryDelays(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(9));
        var second = new RetryDelays(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(9));

        Assert.Equal(Enumerable.Range(0, 4).Select(i => first.DelayFor(i, null)), Enumerable.Range(0, 4).Select(i => second.DelayFor(i, null)));
    }

    [Fact]
    public void Retry_After_is_a_floor_and_beyond_the_cap_it_stops_the_retries()
    {
        var delays = new RetryDelays(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(1));

        Assert.Equal(TimeSpan.FromSeconds(20), delays.DelayFor(0, TimeSpan.FromSeconds(20)));
        Assert.Null(delays.DelayFor(0, TimeSpan.FromSeconds(31)));
        Assert.InRange(delays.DelayFor(3, TimeSpan.FromMilliseconds(1))!.Value.TotalSeconds, 4, 8);
    }
}
