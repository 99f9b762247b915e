using AceStep.Client.Transport;

namespace AceStep.Client.Tests.Transport;

public sealed class RetrySettingsTests
{
    private static readonly RetrySettings Settings = new(4, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));

    [Theory]
    [InlineData(0, 250, 500)]
    [InlineData(1, 500, 1000)]
    [InlineData(3, 2000, 4000)]
    [InlineData(10, 5000, 10000)]
    public void Delays_grow_exponentially_with_jitter_up_to_the_cap(int attempt, double min, double max)
    {
        var random = new SharedRandom(new Random(42));
        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(Settings.DelayFor(attempt, random, retryAfter: null).TotalMilliseconds, min, max);
        }
    }

    [Fact]
    public void A_longer_retry_after_wins_but_stays_under_the_cap()
    {
        var random = new SharedRandom(new Random(1));

        Assert.Equal(TimeSpan.FromSeconds(3), Settings.DelayFor(0, random, TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromSeconds(10), Settings.DelayFor(0, random, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_delays()
    {
        var a = new SharedRandom(new Random(9));
        var b = new SharedRandom(new Random(9));

        Assert.Equal(Settings.DelayFor(2, a, null), Settings.DelayFor(2, b, null));
    }
}
