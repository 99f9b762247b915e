namespace AceStep.Simulator.Tests.Units;

/// <summary>Counting of response faults under concurrency.</summary>
public sealed class ResponseFaultTests
{
    [Fact]
    public void CountedFault_HitsExactlyCountTimes_EvenConcurrently()
    {
        var fault = new ResponseFault("/x", ResponseFaultKind.Status, 503, count: 100);
        int hits = 0;

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
    public void ZeroCount_MeansUnlimited()
    {
        var fault = new ResponseFault("/x", ResponseFaultKind.PlainText500, count: 0);

        Assert.All(Enumerable.Range(0, 10), _ => Assert.True(fault.TryConsume()));
    }
}
