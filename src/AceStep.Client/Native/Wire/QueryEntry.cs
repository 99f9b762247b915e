namespace AceStep.Client.Native.Wire;

/// <summary>One element of <c>data</c> in a <c>/query_result</c> answer; <see cref="Result"/> is JSON inside a string.</summary>
internal sealed class QueryEntry
{
    public string? TaskId { get; set; }

    public int? Status { get; set; }

    public string? Result { get; set; }

    public string? ProgressText { get; set; }
}
