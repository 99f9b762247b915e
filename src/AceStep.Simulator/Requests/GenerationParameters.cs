using System.Text.Json.Nodes;

namespace AceStep.Simulator.Requests;

/// <summary>A generation job's parameters after alias lookup and coercion (see docs/protocol.md, "Parameters of /release_task"), for native and chat jobs alike.</summary>
internal sealed record GenerationParameters
{
    public string Prompt { get; init; } = string.Empty;

    public string Lyrics { get; init; } = string.Empty;

    public bool Thinking { get; init; }

    public bool SampleMode { get; init; }

    public string SampleQuery { get; init; } = string.Empty;

    public bool UseFormat { get; init; }

    public string? Model { get; init; }

    public int? Bpm { get; init; }

    public string KeyScale { get; init; } = string.Empty;

    public string TimeSignature { get; init; } = string.Empty;

    /// <summary>Requested seconds; null or ≤ 0 means "choose".</summary>
    public double? Duration { get; init; }

    public string VocalLanguage { get; init; } = "en";

    /// <summary>Null means the route's default (2 native, 1 chat).</summary>
    public int? BatchSize { get; init; }

    public bool UseRandomSeed { get; init; } = true;

    /// <summary>The raw <c>seed</c> value (int, or a comma list string in B).</summary>
    public JsonNode? Seed { get; init; }

    public string AudioFormat { get; init; } = "mp3";

    public string TaskType { get; init; } = "text2music";

    public string? SourceAudioPath { get; init; }

    public string? ReferenceAudioPath { get; init; }

    public string AudioCodeString { get; init; } = string.Empty;

    public bool UseCotCaption { get; init; } = true;

    public bool UseCotLanguage { get; init; } = true;

    public bool AnalysisOnly { get; init; }

    public bool FullAnalysisOnly { get; init; }

    public bool ExtractCodesOnly { get; init; }

    public int InferenceSteps { get; init; } = 8;

    public double GuidanceScale { get; init; } = 7.0;

    /// <summary>Sample mode is on explicitly or through a non-empty sample query.</summary>
    public bool UsesSampleMode => SampleMode || SampleQuery.Length > 0;
}
