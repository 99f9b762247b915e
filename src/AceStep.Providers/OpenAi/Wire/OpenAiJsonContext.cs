using System.Text.Json.Serialization;

namespace AceStep.Providers.OpenAi.Wire;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(OpenAiVerboseTranscription))]
internal sealed partial class OpenAiJsonContext : JsonSerializerContext;
