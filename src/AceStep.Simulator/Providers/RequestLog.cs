namespace AceStep.Simulator.Providers;

/// <summary>The last requests the provider fakes received (at most 200), oldest first.</summary>
public sealed class RequestLog
{
    private const int Capacity = 200;

    private readonly Queue<RecordedRequest> _requests = new();
    private readonly Lock _gate = new();

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Enqueue(request);
            if (_requests.Count > Capacity)
            {
                _requests.Dequeue();
            }
        }
    }
}
