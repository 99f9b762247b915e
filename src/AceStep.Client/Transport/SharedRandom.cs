namespace AceStep.Client.Transport;

/// <summary>Serialises access to a caller-supplied <see cref="Random"/>, which is not thread-safe, because one client serves many concurrent operations.</summary>
internal sealed class SharedRandom(Random random)
{
    private readonly Lock _gate = new();

    public double NextDouble()
    {
        lock (_gate)
        {
            return random.NextDouble();
        }
    }
}
