namespace AceStep.Batch;

/// <summary>One problem in a plan file.</summary>
/// <param name="Line">The 1-based line of the file it concerns, when known.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PlanError(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"line {line}: {Message}" : Message;
}
