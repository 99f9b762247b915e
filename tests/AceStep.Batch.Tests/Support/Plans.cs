using AceStep.Client;

namespace AceStep.Batch.Tests.Support;

/// <summary>Small plans for tests: n distinct songs.</summary>
internal static class Plans
{
    public static BatchPlan Songs(string name, int count, double durationSeconds = 10) =>
        BatchPlan.FromRequests(name, Enumerable.Range(1, count).Select(i => new GenerationRequest
        {
            Caption = $"test song {i}, lofi",
            DurationSeconds = durationSeconds,
            Thinking = false,
            BatchSize = 1,
            Seeds = [i],
        }));
}
