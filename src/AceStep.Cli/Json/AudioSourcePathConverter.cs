using System.Text.Json;
using System.Text.Json.Serialization;
using AceStep.Client;

namespace AceStep.Cli.Json;

/// <summary>Writes an uploaded audio file as its local path: a saved request never holds audio bytes.</summary>
internal sealed class AudioSourcePathConverter : JsonConverter<AudioSource>
{
    public override AudioSource Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A saved request is kept as JSON; it is never read back into a GenerationRequest.");

    public override void Write(Utf8JsonWriter writer, AudioSource value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.FullPath);
}
