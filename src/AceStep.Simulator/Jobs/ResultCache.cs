using System.Collections.Concurrent;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// The on-disk result cache of upstream (see docs/protocol.md, "Job lifecycle": the result cache), kept in memory here but owned by the server rather
/// than by one "process": it survives <see cref="SimulatorServer.RestartAsync"/>. Entries expire 7 days after their
/// last write.
/// </summary>
internal sealed class ResultCache(TimeProvider clock)
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromDays(7);
    private const int SweepEvery = 4096;
    private readonly ConcurrentDictionary<string, QueryEntry> _entries = new(StringComparer.Ordinal);
    private int _writes;

    public void Write(string taskId, QueryEntry entry)
    {
        _entries[taskId] = entry;
        // Expired entries are invisible to reads already; sweeping now and then keeps a long-lived simulator's memory flat.
        if (Interlocked.Increment(ref _writes) % SweepEvery == 0)
        {
            var now = clock.GetUtcNow();
            foreach (var (id, old) in _entries)
            {
                if (now - old.WrittenAt > TimeToLive)
                {
                    _entries.TryRemove(id, out _);
                }
            }
        }
    }

    public bool TryRead(string taskId, out QueryEntry entry)
    {
        if (_entries.TryGetValue(taskId, out var found) && clock.GetUtcNow() - found.WrittenAt <= TimeToLive)
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }
}
