using System.Text.Json.Serialization;
using AceStep.Client;

namespace AceStep.Cli.Json;

/// <summary>Source-generated JSON for the library's request, as result files and the ledger record it (see <see cref="SavedRequestFormat"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GenerationRequest))]
internal sealed partial class SavedRequestJsonContext : JsonSerializerContext;
