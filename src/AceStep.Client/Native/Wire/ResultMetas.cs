using System.Text.Json.Serialization;
using AceStep.Client.Json;

namespace AceStep.Client.Native.Wire;

/// <summary><c>metas</c> of a result item: numbers may be <c>"N/A"</c>.</summary>
internal sealed class ResultMetas
{
    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Bpm { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Duration { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Genres { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Keyscale { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Timesignature { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Prompt { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Lyrics { get; set; }
}
