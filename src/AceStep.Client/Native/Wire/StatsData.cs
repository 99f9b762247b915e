using System.Text.Json.Serialization;
using AceStep.Client.Json;

namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of <c>/v1/stats</c>.</summary>
internal sealed class StatsData
{
    public StatsJobs? Jobs { get; set; }

    public int? QueueSize { get; set; }

    public int? QueueMaxsize { get; set; }

    [JsonConverter(typeof(NumberOrNotAvailableConverter))]
    public double? AvgJobSeconds { get; set; }
}
