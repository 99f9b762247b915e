namespace AceStep.Client;

/// <summary>The answer of <c>GET /v1/lora/status</c> (version B): the adapters on the primary model.</summary>
public sealed record LoraStatus
{
    public bool Loaded { get; init; }

    /// <summary>Whether generation uses the adapters (they can stay loaded while switched off).</summary>
    public bool Enabled { get; init; }

    /// <summary>The active adapter's scale, 0–1.</summary>
    public double? Scale { get; init; }

    /// <summary><c>lora</c> or <c>lokr</c>; null when nothing is loaded.</summary>
    public string? AdapterType { get; init; }

    public string? ActiveAdapter { get; init; }

    public IReadOnlyList<string> Adapters { get; init; } = [];

    /// <summary>Each loaded adapter's scale.</summary>
    public IReadOnlyDictionary<string, double> Scales { get; init; } = new Dictionary<string, double>();
}
