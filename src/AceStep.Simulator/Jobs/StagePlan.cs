namespace AceStep.Simulator.Jobs;

/// <summary>The stage sequence a job walks through after "running" (see docs/protocol.md, "Job lifecycle").</summary>
internal static class StagePlan
{
    /// <summary>The share of the generation time spent in the initial "running" stage.</summary>
    public const double RunningWeight = 0.5;

    public static IReadOnlyList<GenerationStage> For(bool lmRuns, bool thinking, int batchSize)
    {
        var stages = new List<GenerationStage>();
        if (lmRuns)
        {
            stages.Add(new(0.1, "Phase 1: Generating CoT metadata (once for all items)...", 1.0));
            if (thinking)
            {
                stages.Add(new(0.5, $"Phase 2: Generating audio codes for {batchSize} items...", 2.0));
            }
        }

        var generating = $"Generating music (batch size: {batchSize})...";
        stages.Add(new(0.51, "Preparing inputs...", 0.5));
        stages.Add(new(0.52, generating, 0.5));
        stages.Add(new(0.6, generating, 1.5));
        stages.Add(new(0.7, generating, 1.5));
        stages.Add(new(0.8, "Decoding audio...", 1.5));
        stages.Add(new(0.99, "Preparing audio data...", 1.0));
        return stages;
    }

    /// <summary>The stage at which a random failure strikes.</summary>
    public static int FailureIndex(IReadOnlyList<GenerationStage> stages) => stages.Count - 3;
}
