using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Chat;

/// <summary>
/// Reads a chat body as JSON whatever the content type and validates it like upstream's Pydantic model; any problem
/// becomes 400 <c>Invalid request format: …</c> (see docs/protocol.md, "Chat completions").
/// </summary>
internal static class ChatRequestReader
{
    private static readonly string[] Roles = ["system", "user", "assistant"];

    public static (ChatRequest? Request, string? Error) Read(string text, ServerVersion version)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return (null, "Invalid request format: Expecting value: line 1 column 1 (char 0)");
        }

        if (root is not JsonObject body)
        {
            return (null, Format([new(string.Empty, "model_type", "Input should be a valid dictionary or instance of ChatCompletionRequest", root)]));
        }

        var issues = new List<ValidationIssue>();
        var model = ReadModel(body, issues);
        var messages = ReadMessages(body, issues);
        CheckRange(body, "temperature", 0, 2, issues);
        CheckRange(body, "top_p", 0, 1, issues);
        CheckRange(body, "top_k", 0, null, issues);
        CheckRange(body, "max_tokens", 1, null, issues);
        if (issues.Count > 0)
        {
            return (null, Format(issues));
        }

        var isB = version == ServerVersion.B;
        return (new ChatRequest
        {
            Model = model!,
            Messages = messages,
            Stream = PythonValues.ToBool(body["stream"], false),
            AudioConfig = body["audio_config"] as JsonObject ?? [],
            Lyrics = PythonValues.ToText(body["lyrics"]) ?? string.Empty,
            SampleMode = PythonValues.ToBool(body["sample_mode"], false),
            Thinking = PythonValues.ToBool(body["thinking"], false),
            UseFormat = PythonValues.ToBool(body["use_format"], false),
            UseCotCaption = PythonValues.ToBool(body["use_cot_caption"], true),
            UseCotLanguage = PythonValues.ToBool(body["use_cot_language"], true),
            Seed = body["seed"],
            GuidanceScale = PythonValues.ToFloat(body["guidance_scale"]) ?? 7.0,
            BatchSize = PythonValues.ToInt(body["batch_size"]),
            TaskType = PythonValues.ToText(body["task_type"]) ?? "text2music",
            InferenceSteps = isB ? PythonValues.ToInt(body["inference_steps"]) : null,
        }, null);
    }

    private static string Format(IReadOnlyList<ValidationIssue> issues) => "Invalid request format: " + ValidationIssue.Describe(issues);

    private static string? ReadModel(JsonObject body, List<ValidationIssue> issues)
    {
        if (!body.TryGetPropertyValue("model", out var model))
        {
            issues.Add(new("model", "missing", "Field required", body));
            return null;
        }

        if (model is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        issues.Add(new("model", "string_type", "Input should be a valid string", model));
        return null;
    }

    private static List<ChatMessage> ReadMessages(JsonObject body, List<ValidationIssue> issues)
    {
        if (!body.TryGetPropertyValue("messages", out var node))
        {
            issues.Add(new("messages", "missing", "Field required", body));
            return [];
        }

        if (node is not JsonArray array)
        {
            issues.Add(new("messages", "list_type", "Input should be a valid list", node));
            return [];
        }

        var messages = new List<ChatMessage>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject message)
            {
                issues.Add(new($"messages.{i}", "model_type", "Input should be a valid dictionary or instance of ChatMessage", array[i]));
                continue;
            }

            var role = message["role"] is JsonValue r && r.GetValueKind() == JsonValueKind.String ? r.GetValue<string>() : null;
            if (role is null || !Roles.Contains(role))
            {
                issues.Add(message.ContainsKey("role")
                    ? new($"messages.{i}.role", "literal_error", "Input should be 'system', 'user' or 'assistant'", message["role"])
                    : new($"messages.{i}.role", "missing", "Field required", message));
            }

            var content = message["content"];
            var validContent = content is JsonArray || (content is JsonValue c && c.GetValueKind() == JsonValueKind.String);
            if (!validContent)
            {
                issues.Add(new($"messages.{i}.content", "string_type", "Input should be a valid string", content));
            }

            if (role is not null && validContent && Roles.Contains(role))
            {
                messages.Add(new ChatMessage(role, content!));
            }
        }

        return messages;
    }

    private static void CheckRange(JsonObject body, string name, double minimum, double? maximum, List<ValidationIssue> issues)
    {
        var node = body[name];
        if (node is null)
        {
            return;
        }

        var value = node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? PythonValues.ToFloat(v) : null;
        if (value is null)
        {
            issues.Add(new(name, "float_type", "Input should be a valid number", node));
        }
        else if (value < minimum)
        {
            issues.Add(new(name, "greater_than_equal", $"Input should be greater than or equal to {minimum}", node));
        }
        else if (value > maximum)
        {
            issues.Add(new(name, "less_than_equal", $"Input should be less than or equal to {maximum}", node));
        }
    }
}
