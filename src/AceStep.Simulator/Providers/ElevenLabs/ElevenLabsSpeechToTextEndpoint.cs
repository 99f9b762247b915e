using System.Text.Json;
using AceStep.Simulator.Providers.Vocals;
using AceStep.Simulator.Providers.Wire;

namespace AceStep.Simulator.Providers.ElevenLabs;

/// <summary>
/// <c>POST /v1/speech-to-text</c> as ElevenLabs answers it: the <c>xi-api-key</c> check, FastAPI's 422 for missing
/// fields, and Scribe's answer: words with their punctuation, a <c>spacing</c> item between spaced words, ISO 639-3
/// language codes. What it hears is the vocal timeline of a song the simulator made; other audio is silence.
/// </summary>
internal sealed class ElevenLabsSpeechToTextEndpoint(ProviderFakes fakes) : ProviderFakeEndpoint(fakes)
{
    private static readonly string[] Models = ["scribe_v1", "scribe_v2"];

    protected override string Provider => "elevenlabs";

    protected override string Host => "api.elevenlabs.io";

    protected override async Task AnswerAsync(HttpContext context)
    {
        if (await RejectedKeyAsync(context))
        {
            Record(context, [], 0);
            return;
        }

        var limit = Fakes.Options.ElevenLabsMaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            Record(context, [], context.Request.ContentLength.Value);
            await WriteStringDetailAsync(context, 413, $"File size exceeds the maximum allowed size of {limit} bytes.");
            return;
        }

        var form = await UploadedForm.ReadAsync(context, limit);
        Record(context, form?.Fields ?? [], form?.File?.LongLength ?? 0);
        if (form is null || string.IsNullOrEmpty(form.Field("model_id")))
        {
            await WriteMissingFieldAsync(context, "model_id");
            return;
        }

        if (!Models.Contains(form.Field("model_id")))
        {
            await WriteErrorAsync(context, 400, $"Model '{form.Field("model_id")}' is not a speech-to-text model. Use one of: {string.Join(", ", Models)}.", "invalid_model_id");
            return;
        }

        if (form.File is null)
        {
            await WriteStringDetailAsync(context, 400, "Must provide either file or cloud_storage_url parameter.");
            return;
        }

        await WriteTranscriptionAsync(context, form);
    }

    private async Task<bool> RejectedKeyAsync(HttpContext context)
    {
        var key = Header(context, "xi-api-key");
        if (key is null)
        {
            await WriteErrorAsync(context, 401, "Neither authorization header nor xi-api-key received, please provide one.", "needs_authorization");
            return true;
        }

        if (Fakes.Options.ElevenLabsApiKey is { } expected && key != expected)
        {
            await WriteErrorAsync(context, 401, "Invalid API key", "invalid_api_key");
            return true;
        }

        return false;
    }

    private Task WriteTranscriptionAsync(HttpContext context, UploadedForm form)
    {
        var timeline = Fakes.Timelines.Find(form.File);
        var heard = timeline is null ? [] : Fakes.Hear(timeline);
        var language = ElevenLabsLanguages.CodeOf(form.Field("language_code") ?? timeline?.Language ?? "en");
        return FakeJson.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("language_code", language);
            writer.WriteNumber("language_probability", 0.98);
            writer.WriteString("text", HeardText.Join(heard.Select(static word => word.Text)));
            writer.WriteStartArray("words");
            for (var i = 0; i < heard.Count; i++)
            {
                WriteItem(writer, heard[i].Text, heard[i].Start, heard[i].End, "word");
                var spaced = !(LyricScript.IsCharacterWord(heard[i].Text[0]) && i + 1 < heard.Count && LyricScript.IsCharacterWord(heard[i + 1].Text[0]));
                if (i + 1 < heard.Count && spaced)
                {
                    WriteItem(writer, " ", heard[i].End, Math.Max(heard[i].End, heard[i + 1].Start), "spacing");
                }
            }

            writer.WriteEndArray();
            writer.WriteString("transcription_id", $"sim-{Guid.NewGuid():N}"[..24]);
            writer.WriteEndObject();
        });
    }

    private static void WriteItem(Utf8JsonWriter writer, string text, double start, double end, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("text", text);
        writer.WriteNumber("start", Math.Round(start, 3));
        writer.WriteNumber("end", Math.Round(end, 3));
        writer.WriteString("type", type);
        writer.WriteString("speaker_id", "speaker_0");
        writer.WriteNumber("logprob", type == "word" ? -0.12 : 0.0);
        writer.WriteEndObject();
    }

    /// <summary>FastAPI's validation answer: <c>{"detail":[{"type":"missing","loc":["body","model_id"],"msg":"Field required","input":null}]}</c>.</summary>
    private static Task WriteMissingFieldAsync(HttpContext context, string field) =>
        FakeJson.WriteAsync(context, 422, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("detail");
            writer.WriteStartObject();
            writer.WriteString("type", "missing");
            writer.WriteStartArray("loc");
            writer.WriteStringValue("body");
            writer.WriteStringValue(field);
            writer.WriteEndArray();
            writer.WriteString("msg", "Field required");
            writer.WriteNull("input");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static Task WriteStringDetailAsync(HttpContext context, int status, string message) =>
        FakeJson.WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("detail", message);
            writer.WriteEndObject();
        });

    protected override Task WriteErrorAsync(HttpContext context, int status, string message, string? code) =>
        FakeJson.WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("detail");
            writer.WriteString("status", code ?? StatusName(status));
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    protected override string FaultMessage(int status) => status switch
    {
        500 => "An internal server error occurred. Please try again later.",
        503 => "The service is temporarily unavailable due to high load. Please try again later.",
        _ => "Injected fault",
    };

    protected override Task WriteRateLimitedAsync(HttpContext context) =>
        WriteErrorAsync(context, 429, "Too many concurrent requests for your subscription. Please wait for a previous request to finish.", "too_many_concurrent_requests");

    protected override Task WriteQuotaExhaustedAsync(HttpContext context) =>
        WriteErrorAsync(context, 401, "This request exceeds your quota of 10000. You have 0 credits remaining, while 91 credits are required for this request.", "quota_exceeded");

    private static string StatusName(int status) => status switch
    {
        >= 500 => "internal_error",
        429 => "rate_limit_exceeded",
        _ => "invalid_request",
    };
}
