namespace AceStep.Simulator.Jobs;

/// <summary>Deletes uploaded or decoded input files; best effort, as upstream.</summary>
internal static class TemporaryFiles
{
    public static void Delete(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Still open somewhere; the temp folder is removed when the simulator stops.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
