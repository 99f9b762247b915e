using System.Text.Json;
using AceStep.Simulator.Providers.Wire;

namespace AceStep.Simulator.Providers.Gemini;

/// <summary>
/// <c>POST /v1beta/models/{model}:generateContent</c> as Gemini's image models answer it: the key from
/// <c>x-goog-api-key</c> (or the <c>key</c> query parameter, which the real API also takes), Google's error shape
/// (400 <c>API_KEY_INVALID</c>, 403, 404 for an unknown model), a real PNG of the requested aspect ratio and size, a
/// blocked prompt (<c>promptFeedback.blockReason</c>) and a withheld image (<c>finishReason: IMAGE_SAFETY</c>).
/// </summary>
internal sealed class GeminiGenerateContentEndpoint(ProviderFakes fakes) : ProviderFakeEndpoint(fakes)
{
    private static readonly string[] ImageModels =
        ["gemini-3.1-flash-image", "gemini-3.1-flash-image-preview", "gemini-3-pro-image-preview", "gemini-2.5-flash-image"];

    protected override string Provider => "gemini";

    protected override string Host => "generativelanguage.googleapis.com";

    protected override async Task AnswerAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        Record(context, [], 0, body);
        var key = Header(context, "x-goog-api-key") ?? (context.Request.Query.TryGetValue("key", out var query) ? query.ToString() : null);
        if (string.IsNullOrEmpty(key))
        {
            await WriteErrorAsync(context, 403, "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.", "PERMISSION_DENIED");
            return;
        }

        if (Fakes.Options.GeminiApiKey is { } expected && key != expected)
        {
            await WriteKeyInvalidAsync(context);
            return;
        }

        var model = context.Request.RouteValues["model"]?.ToString() ?? string.Empty;
        if (!ImageModels.Contains(model))
        {
            await WriteErrorAsync(context, 404, $"models/{model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.", "NOT_FOUND");
            return;
        }

        GeminiImageAsk ask;
        try
        {
            ask = GeminiImageAsk.Parse(body);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(context, 400, "Invalid JSON payload received. Unexpected token.", "INVALID_ARGUMENT");
            return;
        }

        if (ask.Problem is { } problem)
        {
            await WriteErrorAsync(context, 400, problem, "INVALID_ARGUMENT");
            return;
        }

        await AnswerAskAsync(context, model, ask);
    }

    private Task AnswerAskAsync(HttpContext context, string model, GeminiImageAsk ask)
    {
        if (Contains(ask.Prompt, Fakes.Options.BlockedPromptWord))
        {
            return FakeJson.WriteAsync(context, 200, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("promptFeedback");
                writer.WriteString("blockReason", "PROHIBITED_CONTENT");
                writer.WriteEndObject();
                WriteTrailer(writer, model);
                writer.WriteEndObject();
            });
        }

        var withheld = Contains(ask.Prompt, Fakes.Options.UnsafeImageWord);
        var png = withheld || !ask.WantsImage ? null : PngPainter.Paint(ask.Prompt, ask.Width, ask.Height);
        return FakeJson.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("candidates");
            writer.WriteStartObject();
            if (!withheld)
            {
                WriteContent(writer, png);
            }

            writer.WriteString("finishReason", withheld ? "IMAGE_SAFETY" : "STOP");
            if (withheld)
            {
                writer.WriteString("finishMessage", "Unable to show the generated image. The image was filtered out because it violated Google's Generative AI Prohibited Use policy.");
            }

            writer.WriteNumber("index", 0);
            writer.WriteEndObject();
            writer.WriteEndArray();
            WriteTrailer(writer, model);
            writer.WriteEndObject();
        });
    }

    /// <summary>The image when one was asked for; a model asked for text only describes the picture instead.</summary>
    private static void WriteContent(Utf8JsonWriter writer, byte[]? png)
    {
        writer.WriteStartObject("content");
        writer.WriteStartArray("parts");
        writer.WriteStartObject();
        if (png is null)
        {
            writer.WriteString("text", "Here is a description of the picture instead of an image.");
        }
        else
        {
            writer.WriteStartObject("inlineData");
            writer.WriteString("mimeType", "image/png");
            writer.WriteBase64String("data", png);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("role", "model");
        writer.WriteEndObject();
    }

    private static void WriteTrailer(Utf8JsonWriter writer, string model)
    {
        writer.WriteStartObject("usageMetadata");
        writer.WriteNumber("promptTokenCount", 12);
        writer.WriteNumber("candidatesTokenCount", 1120);
        writer.WriteNumber("totalTokenCount", 1132);
        writer.WriteEndObject();
        writer.WriteString("modelVersion", model);
        writer.WriteString("responseId", "sim-response");
    }

    private static bool Contains(string prompt, string word) =>
        !string.IsNullOrEmpty(word) && prompt.Contains(word, StringComparison.OrdinalIgnoreCase);

    private Task WriteKeyInvalidAsync(HttpContext context) =>
        FakeJson.WriteAsync(context, 400, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("code", 400);
            writer.WriteString("message", "API key not valid. Please pass a valid API key.");
            writer.WriteString("status", "INVALID_ARGUMENT");
            writer.WriteStartArray("details");
            writer.WriteStartObject();
            writer.WriteString("@type", "type.googleapis.com/google.rpc.ErrorInfo");
            writer.WriteString("reason", "API_KEY_INVALID");
            writer.WriteString("domain", "googleapis.com");
            writer.WriteStartObject("metadata");
            writer.WriteString("service", "generativelanguage.googleapis.com");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    protected override Task WriteErrorAsync(HttpContext context, int status, string message, string? code) =>
        FakeJson.WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("code", status);
            writer.WriteString("message", message);
            writer.WriteString("status", code ?? StatusName(status));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    protected override string FaultMessage(int status) => status switch
    {
        500 => "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
        503 => "The model is overloaded. Please try again later.",
        504 => "The request timed out. Please try again.",
        _ => "Injected fault",
    };

    protected override Task WriteRateLimitedAsync(HttpContext context) =>
        WriteErrorAsync(context, 429, "Resource has been exhausted (e.g. check quota).", "RESOURCE_EXHAUSTED");

    protected override Task WriteQuotaExhaustedAsync(HttpContext context) =>
        WriteErrorAsync(context, 429, "You exceeded your current quota, please check your plan and billing details.", "RESOURCE_EXHAUSTED");

    private static string StatusName(int status) => status switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "INTERNAL",
    };
}
