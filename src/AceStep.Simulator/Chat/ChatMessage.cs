using System.Text.Json.Nodes;

namespace AceStep.Simulator.Chat;

/// <summary>One validated chat message: its role and its content (a string or an array of parts).</summary>
internal sealed record ChatMessage(string Role, JsonNode Content);
