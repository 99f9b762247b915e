namespace AceStep.Batch;

/// <summary>A plan file that cannot be used; <see cref="Errors"/> lists every problem found, each with its line.</summary>
public sealed class PlanFormatException : Exception
{
    public PlanFormatException()
        : this([new PlanError(null, "The plan is not valid.")])
    {
    }

    public PlanFormatException(string message)
        : this([new PlanError(null, message)])
    {
    }

    public PlanFormatException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new PlanError(null, message)];

    public PlanFormatException(IReadOnlyList<PlanError> errors)
        : base(Summarize(errors)) => Errors = errors;

    public IReadOnlyList<PlanError> Errors { get; }

    private static string Summarize(IReadOnlyList<PlanError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var heading = errors.Count == 1 ? "The plan has an error:" : $"The plan has {errors.Count} errors:";
        return heading + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20)) +
            (errors.Count > 20 ? $"{Environment.NewLine}… and {errors.Count - 20} more." : string.Empty);
    }
}
