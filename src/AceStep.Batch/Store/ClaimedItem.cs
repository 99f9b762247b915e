namespace AceStep.Batch;

/// <summary>
/// An item a runner now holds: a fresh one (state <see cref="ItemState.Claimed"/>, to submit) or one adopted from
/// a runner whose lease expired (<see cref="ItemState.Submitted"/> or <see cref="ItemState.Downloading"/>, to
/// re-attach by its job id, never to submit again).
/// </summary>
public sealed record ClaimedItem(ItemLease Lease, ItemRecord Item);
