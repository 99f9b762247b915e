namespace AceStep.Simulator;

/// <summary>
/// One injected response fault: the next <see cref="Count"/> requests to <see cref="Path"/> get a broken answer
/// instead of being processed.
/// </summary>
public sealed class ResponseFault
{
    private int _remaining;

    /// <param name="path">Exact request path, e.g. "/query_result".</param>
    /// <param name="kind">What the broken answer looks like.</param>
    /// <param name="statusCode">The status for <see cref="ResponseFaultKind.Status"/>; ignored otherwise.</param>
    /// <param name="count">How many requests it hits; 0 or less means every request until removed.</param>
    public ResponseFault(string path, ResponseFaultKind kind, int statusCode = 500, int count = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        Kind = kind;
        StatusCode = kind switch
        {
            ResponseFaultKind.PlainText500 => 500,
            ResponseFaultKind.MalformedJson => 200,
            _ => statusCode,
        };
        Count = count;
        _remaining = count;
    }

    /// <summary>Exact request path the fault applies to.</summary>
    public string Path { get; }

    /// <summary>What the broken answer looks like.</summary>
    public ResponseFaultKind Kind { get; }

    /// <summary>HTTP status of the broken answer.</summary>
    public int StatusCode { get; }

    /// <summary>How many requests it was created to hit (0 or less: unlimited).</summary>
    public int Count { get; }

    /// <summary>How many more requests it will hit (meaningless when <see cref="Count"/> is unlimited).</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    internal bool Matches(PathString path) => path.Equals(Path, StringComparison.Ordinal);

    /// <summary>Claims one hit; false once the fault is used up. Safe under concurrent requests.</summary>
    internal bool TryConsume()
    {
        if (Count <= 0)
        {
            return true;
        }

        while (true)
        {
            var current = Volatile.Read(ref _remaining);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _remaining, current - 1, current) == current)
            {
                return true;
            }
        }
    }
}
