namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>Waits (in real time, bounded) for something a running command does.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), $"{what} did not happen within 20 s");
    }

    public static bool LedgerHasEntries(Infrastructure.CliSandbox sandbox) =>
        Directory.Exists(sandbox.LedgerDirectory) && Directory.GetFiles(sandbox.LedgerDirectory, "*.json").Length > 0;
}
