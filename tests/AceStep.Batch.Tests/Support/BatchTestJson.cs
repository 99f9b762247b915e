using System.Text.Json.Serialization;

namespace AceStep.Batch.Tests.Support;

[JsonSerializable(typeof(ClockAdvance))]
internal sealed partial class BatchTestJson : JsonSerializerContext;
