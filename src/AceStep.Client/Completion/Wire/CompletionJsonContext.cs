using System.Text.Json.Serialization;

namespace AceStep.Client.Completion.Wire;

/// <summary>Source-generated serialisation of the chat shapes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChatCompletion))]
internal sealed partial class CompletionJsonContext : JsonSerializerContext;
