using System.Text.Json.Serialization;

namespace AceStep.Providers.ElevenLabs.Wire;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ElevenLabsTranscription))]
internal sealed partial class ElevenLabsJsonContext : JsonSerializerContext;
