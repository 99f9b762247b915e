using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace AceStep.Simulator.Hosting;

/// <summary>Version B's CORS middleware settings (see docs/protocol.md, "Responses"): localhost origins only; version A sends no CORS headers.</summary>
internal static partial class LocalhostCors
{
    public static void Configure(CorsPolicyBuilder policy) => policy
        .SetIsOriginAllowed(IsAllowed)
        .WithMethods("GET", "POST", "OPTIONS")
        .WithHeaders("Content-Type", "Authorization");

    private static bool IsAllowed(string origin) =>
        origin is "null" or "http://localhost" or "http://127.0.0.1" || LocalOrigin().IsMatch(origin);

    [GeneratedRegex(@"^https?://(localhost|127\.0\.0\.1)(:\d+)?$")]
    private static partial Regex LocalOrigin();
}
