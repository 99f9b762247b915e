using System.Collections.Concurrent;

namespace AceStep.Batch.Tests.Support;

/// <summary>Collects a run's events (thread-safe) and lets a test react to them.</summary>
internal sealed class EventLog(Action<BatchEvent>? react = null) : IProgress<BatchEvent>
{
    private readonly ConcurrentQueue<BatchEvent> _events = new();

    public IReadOnlyList<BatchEvent> Events => [.. _events];

    public void Report(BatchEvent value)
    {
        _events.Enqueue(value);
        react?.Invoke(value);
    }
}
