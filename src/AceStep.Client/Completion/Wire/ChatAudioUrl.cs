namespace AceStep.Client.Completion.Wire;

/// <summary>The URL of an audio part: after scanning, a placeholder naming a decoded file.</summary>
internal sealed class ChatAudioUrl
{
    public string? Url { get; set; }
}
