using System.Text.Json.Serialization;

namespace AceStep.Client.Models.Wire;

/// <summary>Source-generated (trimming/AOT-safe) serialisation of the <c>GET /v1/models</c> list.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OpenRouterModelList))]
internal sealed partial class ModelListJsonContext : JsonSerializerContext;
