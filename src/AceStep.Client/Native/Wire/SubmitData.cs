namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of a <c>/release_task</c> answer.</summary>
internal sealed class SubmitData
{
    public string? TaskId { get; set; }

    public string? Status { get; set; }

    public int? QueuePosition { get; set; }
}
