using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.Providers.Vocals;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// POST /v1/transcribe (the upstream server after B; header auth, typed body <c>{"audio_path", "language"}</c>):
/// upstream sends the file to OpenAI's Whisper and answers its words, an LRC and the plain lyrics. The simulator
/// hears the file the way its OpenAI fake does: the vocal timeline of the song it made, Whisper style (no
/// punctuation on words), a seeded share misheard.
/// </summary>
internal sealed class TranscribeEndpoint(SimulatorContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (await TypedBodyPreamble.CheckAsync(http, context, await ReadAsync(http.Request)) is not { } body)
        {
            return;
        }

        if (body["audio_path"] is not JsonValue pathValue || pathValue.GetValueKind() != JsonValueKind.String)
        {
            await WriteMissingAudioPathAsync(http, body);
            return;
        }

        var file = Resolve(pathValue.GetValue<string>());
        if (file is null)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status404NotFound, $"Audio file not found: {pathValue.GetValue<string>()}");
            return;
        }

        var timeline = context.Providers.Timelines.Find(await File.ReadAllBytesAsync(file, http.RequestAborted));
        var heard = timeline is null ? [] : context.Providers.Hear(timeline);
        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, heard, static (w, words) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("words");
            foreach (var word in words)
            {
                var bare = HeardText.WithoutPunctuation(word.Text);
                if (bare.Length > 0)
                {
                    w.WriteStartObject();
                    w.WriteString("word", bare);
                    w.WriteNumber("start", Math.Round(word.Start, 2));
                    w.WriteNumber("end", Math.Round(word.End, 2));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            var lines = words.GroupBy(static word => word.Line).ToList();
            w.WriteString("lrc_text", string.Join('\n', lines.Select(static line => LrcTime(line.First().Start) + HeardText.Join(line.Select(static word => word.Text)))));
            w.WriteString("lyrics_text", string.Join('\n', lines.Select(static line => HeardText.Join(line.Select(static word => word.Text)))));
            w.WriteEndObject();
        });
    }

    /// <summary>The file, when it exists inside the output folder; the simulator reads nothing else from disk.</summary>
    private string? Resolve(string requested)
    {
        try
        {
            var full = Path.GetFullPath(requested);
            return File.Exists(full) && AudioPathPolicy.IsInside(full, context.Paths.OutputDirectory) ? full : null;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static string LrcTime(double seconds)
    {
        var hundredths = (long)Math.Round(seconds * 100, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"[{hundredths / 6000:00}:{hundredths / 100 % 60:00}.{hundredths % 100:00}]");
    }

    private static Task WriteMissingAudioPathAsync(HttpContext http, JsonObject body) =>
        ValidationErrors.WriteAsync(http, body, static (w, b) =>
        {
            var present = b["audio_path"] is not null;
            w.WriteString("type", present ? "string_type" : "missing");
            w.WriteStartArray("loc");
            w.WriteStringValue("body");
            w.WriteStringValue("audio_path");
            w.WriteEndArray();
            w.WriteString("msg", present ? "Input should be a valid string" : "Field required");
            w.WritePropertyName("input");
            (present ? b["audio_path"]! : b).WriteTo(w);
        });

    private static async Task<(JsonObject? Body, bool Malformed)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            return (JsonNode.Parse(text) as JsonObject, false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }
}
