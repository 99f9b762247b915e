namespace AceStep.Client.Tests.Soak;

/// <summary>One planned job of the soak run: when it is submitted and what it asks for.</summary>
internal sealed record SoakJob(int Number, TimeSpan SubmitAfter, int BatchSize, int DurationSeconds, string AudioFormat)
{
    /// <summary>The job's own output folder, so that duplicates and leftovers are attributable.</summary>
    public string FolderName => $"job-{Number:D3}";
}
