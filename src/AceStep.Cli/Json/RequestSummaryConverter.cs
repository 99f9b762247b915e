using System.Text.Json;
using System.Text.Json.Serialization;
using AceStep.Cli.Output;

namespace AceStep.Cli.Json;

/// <summary>Reads and writes a <see cref="RequestSummary"/> as the JSON object it holds, unchanged.</summary>
internal sealed class RequestSummaryConverter : JsonConverter<RequestSummary>
{
    public override RequestSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RequestSummary.FromJson(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, RequestSummary value, JsonSerializerOptions options) =>
        value.Json.WriteTo(writer);
}
