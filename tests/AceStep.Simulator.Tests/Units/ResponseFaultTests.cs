namespace AceStep.Simulator.Tests.Units;

/// <summary>Counting of response faults under concurrency.</summary>
public sealed class ResponseFaultTests
{
    [Fact]
    public void Counted_fault_hits_exactly_count_times_even_concurrently()
    {
        var fault = new ResponseFault("/x", ResponseFaultKind.Status, 503, count: 100);
        var hits = 0;

        Parallel.For(0, 1000, _ =>
        {
            if (fault.TryConsume())
            {
                Interlocked.Increment(ref hits);
            }
        });

        Assert.Equal(100, hits);
        Assert.Equal(0, fault.Remaining);
    }

    [Fact]
    public void Zero_count_means_unlimited()
    {
        var fault = new ResponseFault("/x", ResponseFaultKind.PlainText500, count: 0);

        Assert.All(Enumerable.Range(0, 10), _ => Assert.True(fault.TryConsume()));
    }
}
