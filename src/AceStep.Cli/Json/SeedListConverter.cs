using System.Text.Json;
using System.Text.Json.Serialization;

namespace AceStep.Cli.Json;

/// <summary>Writes seeds as the user typed them, one comma list (<c>"42,7"</c>). Saved requests are never read back into a request.</summary>
internal sealed class SeedListConverter : JsonConverter<IReadOnlyList<long>>
{
    public override IReadOnlyList<long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A saved request is kept as JSON; it is never read back into a GenerationRequest.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<long> value, JsonSerializerOptions options) =>
        writer.WriteStringValue(string.Join(',', value));
}
