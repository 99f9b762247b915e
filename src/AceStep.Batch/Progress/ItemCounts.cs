namespace AceStep.Batch;

/// <summary>Items by where they are: done, running on a server, waiting (in the queue or a server's queue), failed.</summary>
public sealed record ItemCounts(int Done, int Running, int Queued, int Failed)
{
    public int Total => Done + Running + Queued + Failed;
}
