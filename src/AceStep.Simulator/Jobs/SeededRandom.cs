namespace AceStep.Simulator.Jobs;

/// <summary>A thread-safe wrapper over a seeded <see cref="Random"/>, so draws are reproducible for a given seed.</summary>
internal sealed class SeededRandom(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    public int Next(int maxExclusive)
    {
        lock (_gate)
        {
            return _random.Next(maxExclusive);
        }
    }

    /// <summary>A seed as upstream draws them: 0 to 2^32 − 1.</summary>
    public long NextSeed()
    {
        lock (_gate)
        {
            return _random.NextInt64(0, 1L << 32);
        }
    }
}
