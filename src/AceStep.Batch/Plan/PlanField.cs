namespace AceStep.Batch;

/// <summary>
/// One field a plan line may carry: its canonical name (the <c>generate</c> flag without dashes, with
/// underscores), the names it is also known by, and the range of its value.
/// </summary>
internal sealed record PlanField(string Name, FieldKind Kind, IReadOnlyList<string> Aliases)
{
    public double Minimum { get; init; } = double.MinValue;

    public double Maximum { get; init; } = double.MaxValue;

    /// <summary>True when the value must be strictly above <see cref="Minimum"/> (a duration of 0 makes no song).</summary>
    public bool MinimumExcluded { get; init; }
}
