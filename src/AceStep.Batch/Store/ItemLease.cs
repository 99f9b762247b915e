namespace AceStep.Batch;

/// <summary>
/// A runner's right to change one item: every change names the token it was claimed with, so a runner whose
/// lease expired and was taken over can no longer move the item.
/// </summary>
public sealed record ItemLease(string BatchId, string Key, string Token);
