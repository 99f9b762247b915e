namespace AceStep.Simulator.Providers.Faults;

/// <summary>The provider fakes' fault switches; thread-safe and live (tests change them while the fakes run).</summary>
public sealed class ProviderFaults
{
    private readonly List<ActiveFault> _faults = [];
    private readonly Lock _gate = new();

    /// <summary>Words are misheard in this share of the sung words (seeded draws).</summary>
    public double MisheardShare { get; set; } = 0.15;

    /// <summary>Words are missed entirely in this share of the sung words.</summary>
    public double MissedShare { get; set; } = 0.02;

    public void Add(ProviderFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegative(fault.Count);
        lock (_gate)
        {
            _faults.Add(new ActiveFault(fault, fault.Count));
        }
    }

    public void Replace(IEnumerable<ProviderFault> faults)
    {
        lock (_gate)
        {
            _faults.Clear();
            _faults.AddRange(faults.Select(static fault => new ActiveFault(fault, fault.Count)));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _faults.Clear();
        }

        MisheardShare = 0.15;
        MissedShare = 0.02;
    }

    /// <summary>The faults with how many requests each will still catch (null = every request).</summary>
    public IReadOnlyList<(ProviderFault Fault, int? Remaining)> Snapshot()
    {
        lock (_gate)
        {
            return [.. _faults.Select(static active => (active.Fault, active.Fault.Count == 0 ? (int?)null : active.Remaining))];
        }
    }

    /// <summary>The first fault that catches this request, counted down; null when none does.</summary>
    internal ProviderFault? Take(string path, string provider)
    {
        lock (_gate)
        {
            var match = _faults.FirstOrDefault(active =>
                string.Equals(active.Fault.Target, path, StringComparison.Ordinal)
                || string.Equals(active.Fault.Target, provider, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return null;
            }

            if (match.Fault.Count > 0 && --match.Remaining == 0)
            {
                _faults.Remove(match);
            }

            return match.Fault;
        }
    }

    private sealed class ActiveFault(ProviderFault fault, int remaining)
    {
        public ProviderFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
