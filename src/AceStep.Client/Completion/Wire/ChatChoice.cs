namespace AceStep.Client.Completion.Wire;

/// <summary>A choice: <see cref="Message"/> when complete, <see cref="Delta"/> when streamed.</summary>
internal sealed class ChatChoice
{
    public ChatMessage? Message { get; set; }

    public ChatMessage? Delta { get; set; }

    public string? FinishReason { get; set; }
}
