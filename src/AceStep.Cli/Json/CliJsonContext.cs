using System.Text.Json.Serialization;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;

namespace AceStep.Cli.Json;

/// <summary>Source-generated JSON for everything the CLI writes or reads (trim and Native-AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorReport))]
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(LedgerEntry))]
[JsonSerializable(typeof(JobReport))]
[JsonSerializable(typeof(JobsReport))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ModelsReport))]
[JsonSerializable(typeof(ModelEntry))]
[JsonSerializable(typeof(StatsReport))]
[JsonSerializable(typeof(InventoryReport))]
[JsonSerializable(typeof(InitReport))]
[JsonSerializable(typeof(LoraReport))]
[JsonSerializable(typeof(DoctorReport))]
[JsonSerializable(typeof(ConfigListReport))]
[JsonSerializable(typeof(ConfigValueReport))]
[JsonSerializable(typeof(TagReport))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(LmlessServersDocument))]
[JsonSerializable(typeof(MusicVideoReport))]
[JsonSerializable(typeof(VideoReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
