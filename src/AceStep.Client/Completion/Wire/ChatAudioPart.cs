namespace AceStep.Client.Completion.Wire;

/// <summary><c>{"type":"audio_url","audio_url":{"url":…}}</c>.</summary>
internal sealed class ChatAudioPart
{
    public string? Type { get; set; }

    public ChatAudioUrl? AudioUrl { get; set; }
}
