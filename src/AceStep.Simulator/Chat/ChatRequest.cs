using System.Text.Json.Nodes;

namespace AceStep.Simulator.Chat;

/// <summary>A validated /v1/chat/completions body (see docs/protocol.md, "Chat completions"); unknown fields are ignored.</summary>
internal sealed record ChatRequest
{
    public required string Model { get; init; }

    public required IReadOnlyList<ChatMessage> Messages { get; init; }

    public bool Stream { get; init; }

    public JsonObject AudioConfig { get; init; } = [];

    public string Lyrics { get; init; } = string.Empty;

    public bool SampleMode { get; init; }

    public bool Thinking { get; init; }

    public bool UseFormat { get; init; }

    public bool UseCotCaption { get; init; } = true;

    public bool UseCotLanguage { get; init; } = true;

    public JsonNode? Seed { get; init; }

    public double GuidanceScale { get; init; } = 7.0;

    public int? BatchSize { get; init; }

    public string TaskType { get; init; } = "text2music";

    public int? InferenceSteps { get; init; }
}
