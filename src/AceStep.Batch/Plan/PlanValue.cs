using System.Globalization;

namespace AceStep.Batch;

/// <summary>
/// One value of a plan field as written by the user, independent of the file format it came from (a JSON line
/// or a YAML matrix), so both are checked by the same rules.
/// </summary>
internal sealed record PlanValue
{
    private PlanValue(PlanValueKind kind) => Kind = kind;

    public PlanValueKind Kind { get; }

    public string? Text { get; private init; }

    public double Number { get; private init; }

    public bool Flag { get; private init; }

    public IReadOnlyList<PlanValue> Items { get; private init; } = [];

    public static PlanValue Null { get; } = new(PlanValueKind.Null);

    public static PlanValue OfText(string text) => new(PlanValueKind.Text) { Text = text };

    public static PlanValue OfNumber(double number) => new(PlanValueKind.Number) { Number = number };

    public static PlanValue OfFlag(bool flag) => new(PlanValueKind.Flag) { Flag = flag };

    public static PlanValue OfList(IReadOnlyList<PlanValue> items) => new(PlanValueKind.List) { Items = items };

    public static PlanValue Mapping { get; } = new(PlanValueKind.Mapping);

    /// <summary>How the value reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        PlanValueKind.Null => "null",
        PlanValueKind.Text => $"\"{Text}\"",
        PlanValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        PlanValueKind.Flag => Flag ? "true" : "false",
        PlanValueKind.List => "a list",
        _ => "a mapping",
    };
}
