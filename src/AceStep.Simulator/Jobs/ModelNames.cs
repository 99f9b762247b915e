namespace AceStep.Simulator.Jobs;

/// <summary>The model names the simulator pretends to have (upstream's defaults).</summary>
internal static class ModelNames
{
    public const string Turbo = "acestep-v15-turbo";
    public const string Base = "acestep-v15-base";
    public const string LanguageModel = "acestep-5Hz-lm-0.6B";

    /// <summary>The checkpoint folders /v1/model_inventory lists, sorted by name, with their task types.</summary>
    public static readonly IReadOnlyList<(string Name, bool IsTurbo)> Checkpoints = [(Base, false), (Turbo, true)];

    public static readonly string[] TurboTaskTypes = ["text2music", "repaint", "cover", "cover-nofsq"];
    public static readonly string[] AllTaskTypes = ["text2music", "repaint", "cover", "cover-nofsq", "extract", "lego", "complete"];
}
