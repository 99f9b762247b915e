using System.Text.Json.Serialization;
using AceStep.Client.Json;

namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of <c>/create_random_sample</c>.</summary>
internal sealed class RandomSampleData
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Description { get; set; }

    public bool? Instrumental { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? VocalLanguage { get; set; }

    public bool? Think { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Caption { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Lyrics { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Bpm { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Duration { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Keyscale { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Language { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Timesignature { get; set; }
}
