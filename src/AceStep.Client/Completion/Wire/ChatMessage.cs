using System.Text.Json.Serialization;
using AceStep.Client.Json;

namespace AceStep.Client.Completion.Wire;

/// <summary>An assistant message or delta: Markdown content and audio parts.</summary>
internal sealed class ChatMessage
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Content { get; set; }

    public List<ChatAudioPart>? Audio { get; set; }
}
