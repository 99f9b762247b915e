using System.Text.Json;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;

namespace AceStep.Simulator.Chat;

/// <summary>The non-streaming answer (see docs/protocol.md, "Chat completions"): one choice, only the first file, zero usage.</summary>
internal static class ChatResponseWriter
{
    public static Task WriteAsync(HttpContext http, ChatReply reply) =>
        JsonResponses.WriteJsonAsync(http, StatusCodes.Status200OK, reply, static (w, r) =>
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("object", "chat.completion");
            w.WriteNumber("created", r.Created);
            w.WriteString("model", r.Model);
            w.WriteStartArray("choices");
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteStartObject("message");
            w.WriteString("role", "assistant");
            w.WriteString("content", ChatContent.For(r.Outcome.Song!));
            w.WritePropertyName("audio");
            if (r.AudioDataUrl is null)
            {
                w.WriteNullValue();
            }
            else
            {
                WriteAudioList(w, r.AudioDataUrl);
            }

            if (r.Version == ServerVersion.B)
            {
                w.WriteNull("audio_codes");
            }

            w.WriteEndObject();
            w.WriteString("finish_reason", "stop");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("usage");
            w.WriteNumber("prompt_tokens", 0);
            w.WriteNumber("completion_tokens", 0);
            w.WriteNumber("total_tokens", 0);
            w.WriteEndObject();
            w.WriteEndObject();
        });

    public static void WriteAudioList(Utf8JsonWriter w, string dataUrl)
    {
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("type", "audio_url");
        w.WriteStartObject("audio_url");
        w.WriteString("url", dataUrl);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>The first generated file as a data URL, or null when it does not exist (anymore).</summary>
    public static async Task<string?> FirstFileDataUrlAsync(JobOutcome outcome, string requestedFormat, CancellationToken cancellationToken)
    {
        var first = outcome.Files.Count > 0 ? outcome.Files[0] : null;
        if (first is null || !File.Exists(first))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(first, cancellationToken);
        return $"data:{DataUrlMimeType.For(requestedFormat)};base64,{Convert.ToBase64String(bytes)}";
    }
}
