using System.Text;
using System.Text.Json;

namespace AceStep.Client.Completion;

/// <summary>
/// Builds the <c>/v1/chat/completions</c> body (see docs/protocol.md, "Chat completions"): user text may not contain
/// the tags that delimit caption and lyrics, or the server would cut it apart; a description travels as
/// <c>&lt;prompt&gt;…&lt;/prompt&gt;</c> with <c>sample_mode</c>, so the server takes it as the sample query;
/// <c>inference_steps</c> is sent; audio formats are lower-cased extensions; and metadata goes inside
/// <c>audio_config</c>, the only place the server reads it.
/// </summary>
internal static class CompletionRequestBuilder
{
    private static readonly string[] ReservedTags = ["<prompt>", "</prompt>", "<lyrics>", "</lyrics>"];

    /// <summary>Builds the body for one request; <paramref name="seeds"/> and <paramref name="batchSize"/> are per request.</summary>
    public static CompletionRequestContent Build(GenerationRequest request, string model, bool stream, IReadOnlyList<long>? seeds, int? batchSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var audio = AudioParts(request);
        var text = MessageText(request);
        if (text.Length == 0 && audio.Count == 0)
        {
            throw new ArgumentException("A completion request needs a caption, lyrics, a description, sample mode or input audio.", nameof(request));
        }

        var marker = "acestep-upload-" + Guid.NewGuid().ToString("N");
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("model", model);
            WriteMessages(writer, text, audio, marker);
            writer.WriteBoolean("stream", stream);
            WriteFlag(writer, "thinking", request.Thinking);
            WriteFlag(writer, "use_format", request.UseFormat);
            writer.WriteBoolean("sample_mode", IsSampleMode(request));
            WriteFlag(writer, "use_cot_caption", request.UseCotCaption);
            WriteFlag(writer, "use_cot_language", request.UseCotLanguage);
            if (audio.Count > 0)
            {
                WriteText(writer, "task_type", GenerationRequestDefaults.EffectiveTaskType(request));
                WriteNumber(writer, "audio_cover_strength", request.CoverStrength);
                WriteNumber(writer, "repainting_start", request.RepaintStart);
                WriteNumber(writer, "repainting_end", request.RepaintEnd);
            }

            WriteNumber(writer, "guidance_scale", request.GuidanceScale);
            if (seeds is { Count: > 0 })
            {
                if (seeds.Count == 1)
                {
                    writer.WriteNumber("seed", seeds[0]);
                }
                else
                {
                    writer.WriteString("seed", string.Join(',', seeds));
                }
            }

            if (batchSize is { } size)
            {
                writer.WriteNumber("batch_size", size);
            }

            if (request.InferenceSteps is { } steps)
            {
                writer.WriteNumber("inference_steps", steps);
            }

            WriteAudioConfig(writer, request);
            writer.WriteEndObject();
        }

        return new CompletionRequestContent(buffer.ToArray(), Encoding.UTF8.GetBytes(marker), audio);
    }

    /// <summary>The single text of the user message, with the server's tags around each part.</summary>
    public static string MessageText(GenerationRequest request)
    {
        RejectReservedTags(request.Caption, "caption");
        RejectReservedTags(request.Lyrics, "lyrics");
        RejectReservedTags(request.Description, "description");
        if (!string.IsNullOrWhiteSpace(request.Description))
        {
            // In sample mode the tag path yields the description as the sample query in both server versions.
            return $"<prompt>{request.Description.Trim()}</prompt>";
        }

        if (string.IsNullOrWhiteSpace(request.Caption) && string.IsNullOrWhiteSpace(request.Lyrics) && request.SampleMode == true)
        {
            return "<prompt>Generate a random song</prompt>";
        }

        var builder = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(request.Caption))
        {
            builder.Append("<prompt>").Append(request.Caption.Trim()).Append("</prompt>");
        }

        var lyrics = GenerationRequestDefaults.EffectiveLyrics(request);
        if (!string.IsNullOrWhiteSpace(lyrics))
        {
            builder.Append("<lyrics>").Append(lyrics.Trim()).Append("</lyrics>");
        }

        return builder.ToString();
    }

    public static bool IsSampleMode(GenerationRequest request) =>
        request.SampleMode == true || !string.IsNullOrWhiteSpace(request.Description);

    /// <summary>Source audio first, then reference audio: the server routes parts by position (see docs/protocol.md, "Chat completions").</summary>
    private static List<AudioSource> AudioParts(GenerationRequest request)
    {
        var parts = new List<AudioSource>(2);
        if (request.SourceAudio is { } source)
        {
            parts.Add(source);
        }

        if (request.ReferenceAudio is { } reference)
        {
            parts.Add(reference);
        }

        return parts;
    }

    private static void WriteMessages(Utf8JsonWriter writer, string text, List<AudioSource> audio, string marker)
    {
        writer.WriteStartArray("messages");
        writer.WriteStartObject();
        writer.WriteString("role", "user");
        if (audio.Count == 0)
        {
            writer.WriteString("content", text);
        }
        else
        {
            writer.WriteStartArray("content");
            writer.WriteStartObject();
            writer.WriteString("type", "text");
            writer.WriteString("text", text);
            writer.WriteEndObject();
            foreach (var source in audio)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "input_audio");
                writer.WriteStartObject("input_audio");
                writer.WriteString("data", marker);
                writer.WriteString("format", source.Extension.Length > 0 ? source.Extension : "mp3");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteAudioConfig(Utf8JsonWriter writer, GenerationRequest request)
    {
        writer.WriteStartObject("audio_config");
        writer.WriteString("format", string.IsNullOrWhiteSpace(request.AudioFormat) ? "mp3" : request.AudioFormat.Trim().ToLowerInvariant());
        WriteText(writer, "vocal_language", request.VocalLanguage);
        WriteNumber(writer, "duration", request.DurationSeconds);
        if (request.Bpm is { } bpm)
        {
            writer.WriteNumber("bpm", bpm);
        }

        WriteText(writer, "key_scale", request.KeyScale);
        WriteText(writer, "time_signature", string.IsNullOrWhiteSpace(request.TimeSignature) ? null : GenerationVocabulary.ToModelTimeSignature(request.TimeSignature));
        if (request.Instrumental)
        {
            writer.WriteBoolean("instrumental", true);
        }

        writer.WriteEndObject();
    }

    private static void RejectReservedTags(string? text, string what)
    {
        if (text is null)
        {
            return;
        }

        foreach (var tag in ReservedTags)
        {
            if (text.Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The {what} contains the literal tag '{tag}', which the chat protocol uses to delimit caption and lyrics; remove it.");
            }
        }
    }

    private static void WriteFlag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }
}
