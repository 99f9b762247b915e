using AceStep.Simulator.Requests;

namespace AceStep.Simulator.Jobs;

/// <summary>Which task types skip the LM, need source audio, and which requests cannot run without the LM (see docs/protocol.md, "Parameters of /release_task").</summary>
internal static class TaskRules
{
    /// <summary>
    /// The job error when a request needs the LM and the server has none (see docs/protocol.md, "Parameters of /release_task"):
    /// the load error when the LM failed to load, else the words of a server started without it.
    /// </summary>
    public static string LmMissingError(SimulatorFaults faults) =>
        $"5Hz LM init failed: {faults.LmLoadError ?? "LLM not initialized at startup"}";

    private static readonly string[] LmSkippingA = ["cover", "repaint"];
    private static readonly string[] LmSkippingB = ["cover", "cover-nofsq", "repaint", "extract"];
    private static readonly string[] NeedSourceB = ["cover", "cover-nofsq", "repaint", "lego", "extract"];
    private static readonly string[] SourceTaskTypes = ["cover", "cover-nofsq", "repaint", "lego", "extract", "complete"];

    public static bool SkipsLm(string taskType, ServerVersion version) =>
        (version == ServerVersion.A ? LmSkippingA : LmSkippingB).Contains(taskType);

    /// <summary>The requirement matrix: these make the job fail when the LM cannot be loaded.</summary>
    public static bool RequiresLm(GenerationParameters p, ServerVersion version) =>
        (p.Thinking && !SkipsLm(p.TaskType, version)) || p.UsesSampleMode || p.UseFormat || p.FullAnalysisOnly;

    /// <summary>[B] Tasks that fail at generation time without source audio or codes.</summary>
    public static bool NeedsSource(GenerationParameters p, ServerVersion version) =>
        version == ServerVersion.B && NeedSourceB.Contains(p.TaskType) && p.SourceAudioPath is null && p.AudioCodeString.Length == 0;

    /// <summary>Task types whose first chat audio part is the source (see docs/protocol.md, "Chat completions").</summary>
    public static bool TakesSourceAudio(string taskType, ServerVersion version) =>
        SourceTaskTypes.Contains(taskType) || (version == ServerVersion.B && taskType == "cover-nofsq");
}
