namespace AceStep.Simulator.Admin;

/// <summary>The reserved prefix of the simulator's own admin routes; upstream has nothing there.</summary>
internal static class AdminPaths
{
    public const string Prefix = "/_simulator";

    public static bool IsAdmin(HttpContext http) => http.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal);
}
