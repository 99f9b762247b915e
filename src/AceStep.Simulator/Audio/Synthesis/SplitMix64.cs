namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>
/// A tiny, fully specified pseudo-random generator (SplitMix64). Used instead of <see cref="Random"/>
/// because the rendered bytes must stay identical across .NET versions, and Random's algorithm may change.
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(long seed) => _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A value in [0, exclusiveMax).</summary>
    public int NextInt(int exclusiveMax) => (int)(NextUInt64() % (ulong)exclusiveMax);

    /// <summary>A value in [-1, 1), for noise.</summary>
    public double NextSignedUnit() => ((NextUInt64() >> 11) * (1.0 / (1UL << 53)) * 2.0) - 1.0;
}
