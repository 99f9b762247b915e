namespace AceStep.Batch;

/// <summary>A matrix as read: the base fields, each axis's values, and the line the spec starts on.</summary>
internal sealed class MatrixSpec(int line)
{
    public int Line { get; } = line;

    public List<KeyValuePair<string, PlanValue>> Base { get; } = [];

    public Dictionary<string, IReadOnlyList<PlanValue>> Axes { get; } = new(StringComparer.Ordinal);
}
