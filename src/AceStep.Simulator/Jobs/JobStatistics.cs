namespace AceStep.Simulator.Jobs;

/// <summary>The mean run time of the last 50 jobs, reported by /v1/stats (initially 5.0 s, as upstream's default).</summary>
internal sealed class JobStatistics
{
    private const int Window = 50;
    private const double InitialAverageSeconds = 5.0;
    private readonly Queue<double> _recent = new();
    private readonly Lock _gate = new();

    public void Record(TimeSpan runTime)
    {
        lock (_gate)
        {
            _recent.Enqueue(runTime.TotalSeconds);
            if (_recent.Count > Window)
            {
                _recent.Dequeue();
            }
        }
    }

    public double AverageSeconds
    {
        get
        {
            lock (_gate)
            {
                return _recent.Count == 0 ? InitialAverageSeconds : Math.Round(_recent.Average(), 2);
            }
        }
    }
}
