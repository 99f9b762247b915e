using System.Text.Json;
using AceStep.Simulator.Providers.Vocals;
using AceStep.Simulator.Providers.Wire;

namespace AceStep.Simulator.Providers.OpenAi;

/// <summary>
/// <c>POST /v1/audio/transcriptions</c> as OpenAI answers it: Bearer auth, the 25 MiB limit (413), parameter
/// checks (400), and for <c>verbose_json</c> the text, the words (Whisper style: no punctuation) and the segments
/// it was asked for. What it hears is the vocal timeline of a song the simulator made; other audio is silence.
/// </summary>
internal sealed class OpenAiTranscriptionEndpoint(ProviderFakes fakes) : ProviderFakeEndpoint(fakes)
{
    private static readonly string[] Formats = ["flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"];
    private static readonly string[] Models = ["whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe"];

    protected override string Provider => "openai";

    protected override string Host => "api.openai.com";

    protected override async Task AnswerAsync(HttpContext context)
    {
        if (await OpenAiAuth.RejectAsync(context, Fakes.Options.OpenAiApiKey, this))
        {
            Record(context, [], 0);
            return;
        }

        var limit = Fakes.Options.OpenAiMaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            Record(context, [], context.Request.ContentLength.Value);
            await WriteTooLargeAsync(context, limit, context.Request.ContentLength.Value);
            return;
        }

        var form = await UploadedForm.ReadAsync(context, limit);
        Record(context, form?.Fields ?? [], form?.File?.LongLength ?? 0);
        if (form?.File is { } file && file.LongLength > limit)
        {
            await WriteTooLargeAsync(context, limit, file.LongLength);
            return;
        }

        if (Problem(form) is { } problem)
        {
            await WriteErrorAsync(context, 400, problem.Message, problem.Code, problem.Param);
            return;
        }

        await WriteTranscriptionAsync(context, form!);
    }

    private static (string Message, string? Code, string? Param)? Problem(UploadedForm? form)
    {
        if (form?.File is null)
        {
            return ("Missing required parameter: 'file'.", "missing_required_parameter", "file");
        }

        var model = form.Field("model");
        if (string.IsNullOrEmpty(model))
        {
            return ("Missing required parameter: 'model'.", "missing_required_parameter", "model");
        }

        if (!Models.Contains(model))
        {
            return ($"The model `{model}` does not exist or you do not have access to it.", "model_not_found", "model");
        }

        var extension = Path.GetExtension(form.FileName ?? string.Empty).TrimStart('.').ToLowerInvariant();
        if (!Formats.Contains(extension))
        {
            return ($"Invalid file format. Supported formats: ['{string.Join("', '", Formats)}']", null, null);
        }

        if (form.File.Length < 1024)
        {
            return ("Audio file is too short. Minimum audio length is 0.1 seconds.", "audio_too_short", "file");
        }

        var format = form.Field("response_format") ?? "json";
        if (format is not ("json" or "text" or "srt" or "verbose_json" or "vtt"))
        {
            return ($"'{format}' is not one of ['json', 'text', 'srt', 'verbose_json', 'vtt'] - 'response_format'", "invalid_value", "response_format");
        }

        if (form.All("timestamp_granularities[]").Any() && format != "verbose_json")
        {
            return ("timestamp_granularities is only supported with response_format=verbose_json.", "invalid_value", "timestamp_granularities");
        }

        return null;
    }

    private Task WriteTranscriptionAsync(HttpContext context, UploadedForm form)
    {
        var timeline = Fakes.Timelines.Find(form.File);
        var heard = timeline is null ? [] : Fakes.Hear(timeline);
        var text = HeardText.Join(heard.Select(static word => word.Text));
        var language = OpenAiLanguages.NameOf(form.Field("language") ?? timeline?.Language ?? "en");
        var format = form.Field("response_format") ?? "json";
        if (format != "verbose_json")
        {
            return FakeJson.WriteAsync(context, 200, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("text", text);
                writer.WriteEndObject();
            });
        }

        var granularities = form.All("timestamp_granularities[]").ToHashSet();
        return FakeJson.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("task", "transcribe");
            writer.WriteString("language", language);
            writer.WriteNumber("duration", Math.Round(timeline?.Duration ?? 0, 2));
            writer.WriteString("text", text);
            if (granularities.Contains("word"))
            {
                WriteWords(writer, heard);
            }

            if (granularities.Count == 0 || granularities.Contains("segment"))
            {
                WriteSegments(writer, heard);
            }

            writer.WriteStartObject("usage");
            writer.WriteString("type", "duration");
            writer.WriteNumber("seconds", Math.Ceiling(timeline?.Duration ?? 0));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static void WriteWords(Utf8JsonWriter writer, IReadOnlyList<HeardWord> heard)
    {
        writer.WriteStartArray("words");
        foreach (var word in heard)
        {
            var bare = HeardText.WithoutPunctuation(word.Text);
            if (bare.Length == 0)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("word", bare);
            writer.WriteNumber("start", Math.Round(word.Start, 2));
            writer.WriteNumber("end", Math.Round(word.End, 2));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One segment per sung line, its text with a leading space and punctuation, as Whisper writes them.</summary>
    private static void WriteSegments(Utf8JsonWriter writer, IReadOnlyList<HeardWord> heard)
    {
        writer.WriteStartArray("segments");
        var id = 0;
        foreach (var line in heard.GroupBy(static word => word.Line))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id++);
            writer.WriteNumber("seek", 0);
            writer.WriteNumber("start", Math.Round(line.First().Start, 2));
            writer.WriteNumber("end", Math.Round(line.Last().End, 2));
            writer.WriteString("text", " " + HeardText.Join(line.Select(static word => word.Text)));
            writer.WriteStartArray("tokens");
            writer.WriteEndArray();
            writer.WriteNumber("temperature", 0.0);
            writer.WriteNumber("avg_logprob", -0.25);
            writer.WriteNumber("compression_ratio", 1.3);
            writer.WriteNumber("no_speech_prob", 0.01);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private Task WriteTooLargeAsync(HttpContext context, long limit, long size) =>
        WriteErrorAsync(context, 413, $"Maximum content size limit ({limit}) exceeded ({size} bytes read)", null, null, "server_error");

    protected override Task WriteErrorAsync(HttpContext context, int status, string message, string? code) =>
        WriteErrorAsync(context, status, message, code, null, status >= 500 ? "server_error" : "invalid_request_error");

    internal Task WriteErrorAsync(HttpContext context, int status, string message, string? code, string? param, string type = "invalid_request_error") =>
        FakeJson.WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", type);
            WriteNullable(writer, "param", param);
            WriteNullable(writer, "code", code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    protected override string FaultMessage(int status) => status switch
    {
        500 => "The server had an error while processing your request. Sorry about that!",
        502 => "Bad gateway.",
        503 => "The engine is currently overloaded, please try again later.",
        _ => "Injected fault",
    };

    protected override Task WriteRateLimitedAsync(HttpContext context) =>
        WriteErrorAsync(context, 429, "Rate limit reached for whisper-1 in organization org-simulator on requests per min (RPM): Limit 50, Used 50, Requested 1. Please try again in 1.2s.", "rate_limit_exceeded", null, "requests");

    protected override Task WriteQuotaExhaustedAsync(HttpContext context) =>
        WriteErrorAsync(context, 429, "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", null, "insufficient_quota");

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
