using System.Text.Json.Serialization;
using AceStep.Client.Json;

namespace AceStep.Client.Native.Wire;

/// <summary>One item of a parsed <c>result</c> string (see docs/protocol.md, "Polling: /query_result"); every member is optional.</summary>
internal sealed class ResultItem
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? File { get; set; }

    public int? Status { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? CreateTime { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Prompt { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Lyrics { get; set; }

    public ResultMetas? Metas { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? GenerationInfo { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SeedValue { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? LmModel { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DitModel { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? Progress { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Stage { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }
}
