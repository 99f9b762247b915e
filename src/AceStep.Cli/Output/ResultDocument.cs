using System.Text.Json.Serialization;

namespace AceStep.Cli.Output;

/// <summary>
/// <c>&lt;job_id&gt;.json</c>: the structure documented by the skill (top-level effective <c>prompt</c> and
/// <c>lyrics</c>, <c>metas</c>, <c>generation_info</c>, <c>seed_value</c>, <c>lm_model</c>, <c>dit_model</c>)
/// plus what the CLI knows about the job. The same shape in both modes: the four server-reported fields are always
/// written, <c>null</c> where the server did not say (the chat protocol reports no generation_info or lm_model).
/// </summary>
internal sealed record ResultDocument
{
    public required string JobId { get; init; }

    public required string Status { get; init; }

    public required string Mode { get; init; }

    /// <summary>The server's address only; never credentials.</summary>
    public required string Server { get; init; }

    public required DateTimeOffset Created { get; init; }

    public string? Prompt { get; init; }

    public string? Lyrics { get; init; }

    public required ResultMetas Metas { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? GenerationInfo { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SeedValue { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? LmModel { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? DitModel { get; init; }

    public string? Error { get; init; }

    public required RequestSummary Request { get; init; }

    public required IReadOnlyList<SavedFile> Files { get; init; }
}
