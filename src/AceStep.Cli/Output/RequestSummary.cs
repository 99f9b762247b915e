using System.Text.Json;
using System.Text.Json.Serialization;
using AceStep.Cli.Json;
using AceStep.Client;

namespace AceStep.Cli.Output;

/// <summary>
/// What the user asked for, as saved in the result file and the job ledger: the request that was sent, defaults
/// applied, written property by property (<see cref="SavedRequestFormat"/>), so there is no second list of
/// generation parameters to keep in step. Never holds the API key or audio bytes: a source file is recorded by
/// its path only. Read back from a file, it stays the JSON it was.
/// </summary>
[JsonConverter(typeof(RequestSummaryConverter))]
internal sealed class RequestSummary
{
    private RequestSummary(JsonElement json) => Json = json;

    /// <summary>
    /// A job first heard of by its id (<c>acestep status</c> of a job submitted elsewhere): nothing is known of its
    /// request; only the two switches a saved request always has are written, both off.
    /// </summary>
    public static RequestSummary Unknown { get; } = new(JsonElement.Parse("""{"sample_mode":false,"instrumental":false}"""));

    public JsonElement Json { get; }

    public string? Caption => Text("caption");

    public string? Lyrics => Text("lyrics");

    /// <summary>
    /// Records <paramref name="request"/> with what the server makes of it: a description means sample mode too,
    /// and a request without a task type is text2music (a random song has none).
    /// </summary>
    public static RequestSummary Of(GenerationRequest request)
    {
        var random = request.SampleMode == true && request.Description is null;
        var sampleMode = request.SampleMode == true || request.Description is not null;
        var saved = request with
        {
            SampleMode = sampleMode,
            // The server sings nothing without lyrics (none, blank or [inst]) unless its LM writes them (sample mode, use_format).
            Instrumental = request.Instrumental || (!sampleMode && request.UseFormat != true && SendsNoLyrics(request.Lyrics)),
            TaskType = request.TaskType ?? (random ? null : "text2music"),
        };
        return new RequestSummary(JsonSerializer.SerializeToElement(saved, SavedRequestFormat.Request));
    }

    private static bool SendsNoLyrics(string? lyrics) =>
        string.IsNullOrWhiteSpace(lyrics) || lyrics.Trim() is var text && (text.Equals("[inst]", StringComparison.OrdinalIgnoreCase) || text.Equals("[instrumental]", StringComparison.OrdinalIgnoreCase));

    public static RequestSummary FromJson(JsonElement json) => new(json.Clone());

    private string? Text(string name) =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
