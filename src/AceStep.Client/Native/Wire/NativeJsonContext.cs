using System.Text.Json.Serialization;

namespace AceStep.Client.Native.Wire;

/// <summary>Source-generated (trimming/AOT-safe) serialisation of the native protocol's shapes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SubmitData))]
[JsonSerializable(typeof(List<QueryEntry>))]
[JsonSerializable(typeof(List<ResultItem>))]
[JsonSerializable(typeof(HealthData))]
[JsonSerializable(typeof(StatsData))]
[JsonSerializable(typeof(InventoryData))]
[JsonSerializable(typeof(SketchData))]
[JsonSerializable(typeof(RandomSampleData))]
[JsonSerializable(typeof(InitData))]
[JsonSerializable(typeof(TranscribeData))]
[JsonSerializable(typeof(LoraStatusData))]
[JsonSerializable(typeof(LoraChangeData))]
internal sealed partial class NativeJsonContext : JsonSerializerContext;
