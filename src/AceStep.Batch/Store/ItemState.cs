namespace AceStep.Batch;

/// <summary>
/// Where an item is: <see cref="Pending"/> → <see cref="Claimed"/> (a runner holds its lease) →
/// <see cref="Submitting"/> (the request may be on its way: from here on it is never sent again automatically) →
/// <see cref="Submitted"/> (job id and server recorded) → <see cref="Downloading"/> → <see cref="Done"/> or
/// <see cref="Failed"/>.
/// </summary>
public enum ItemState
{
    Pending,
    Claimed,
    Submitting,
    Submitted,
    Downloading,
    Done,
    Failed,
}
