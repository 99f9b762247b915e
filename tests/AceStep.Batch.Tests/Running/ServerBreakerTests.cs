using Microsoft.Extensions.Time.Testing;

namespace AceStep.Batch.Tests.Running;

public sealed class ServerBreakerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_server_is_paused_after_the_failures_in_a_row_and_a_success_in_between_resets_the_count()
    {
        var breaker = new ServerBreaker(threshold: 2, pause: TimeSpan.FromSeconds(15), _clock);

        Assert.Null(breaker.RecordFailure());
        breaker.RecordSuccess();
        Assert.Null(breaker.RecordFailure());
        var until = breaker.RecordFailure();

        Assert.Equal(_clock.GetUtcNow().AddSeconds(15), until);
        Assert.True(breaker.IsPaused);
        Assert.Null(breaker.RecordFailure());
    }

    [Fact]
    public void A_failed_probe_pauses_again_from_now_and_a_good_one_resumes()
    {
        var breaker = new ServerBreaker(threshold: 1, pause: TimeSpan.FromSeconds(10), _clock);
        breaker.RecordFailure();
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(_clock.GetUtcNow().AddSeconds(10), breaker.Extend());
        breaker.Resume();

        Assert.False(breaker.IsPaused);
        Assert.NotNull(breaker.RecordFailure());
    }
}
