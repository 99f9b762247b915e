namespace AceStep.Simulator.Jobs;

/// <summary>The single FIFO queue in front of the one worker (see docs/protocol.md, "Job lifecycle"). Capacity counts only waiting jobs.</summary>
internal sealed class JobQueue(int capacity)
{
    private readonly Queue<Job> _waiting = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly Lock _gate = new();

    public int Capacity => capacity;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count;
            }
        }
    }

    public bool IsFull => Count >= capacity;

    /// <summary>Adds the job unless the queue is full; the position counts waiting jobs including this one.</summary>
    public bool TryEnqueue(Job job, out int position)
    {
        lock (_gate)
        {
            if (_waiting.Count >= capacity)
            {
                position = 0;
                return false;
            }

            _waiting.Enqueue(job);
            position = _waiting.Count;
        }

        _available.Release();
        return true;
    }

    public async Task<Job> DequeueAsync(CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken);
        lock (_gate)
        {
            return _waiting.Dequeue();
        }
    }

    /// <summary>Empties the queue (restart), returning what was waiting.</summary>
    public IReadOnlyList<Job> Drain()
    {
        lock (_gate)
        {
            Job[] drained = [.. _waiting];
            _waiting.Clear();
            return drained;
        }
    }
}
