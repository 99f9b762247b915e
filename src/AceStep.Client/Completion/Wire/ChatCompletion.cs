namespace AceStep.Client.Completion.Wire;

/// <summary>A chat completion or one streamed chunk; data URLs have been replaced by placeholders before parsing.</summary>
internal sealed class ChatCompletion
{
    public string? Id { get; set; }

    public List<ChatChoice>? Choices { get; set; }
}
