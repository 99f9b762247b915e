using System.Text.Json.Serialization;
using AceStep.Client.Json;

namespace AceStep.Client.Native.Wire;

/// <summary>
/// <c>data</c> of <c>/format_input</c> (<c>key_scale</c>, <c>time_signature</c>) and <c>/v1/create_sample</c>
/// (<c>keyscale</c>, <c>timesignature</c>): both spellings are read.
/// </summary>
internal sealed class SketchData
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Caption { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Lyrics { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Bpm { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Duration { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? KeyScale { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Keyscale { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? TimeSignature { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Timesignature { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? VocalLanguage { get; set; }
}
