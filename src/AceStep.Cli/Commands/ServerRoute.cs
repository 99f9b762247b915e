using AceStep.Cli.Errors;
using AceStep.Client;

namespace AceStep.Cli.Commands;

/// <summary>Routes that only version B of the server has: a 404 there becomes a message saying so, not "rejected".</summary>
internal static class ServerRoute
{
    public const string UpgradeHint = "Update the ACE-Step server (git pull in its folder, then restart it: uv run acestep-api).";

    public static async Task<T> RequireAsync<T>(Func<Task<T>> call, string feature)
    {
        try
        {
            return await call();
        }
        catch (AceStepInvalidRequestException error) when (error.StatusCode == 404)
        {
            throw new CliException(
                ExitCode.Rejected,
                "not_supported",
                $"This server has no {feature}: it is an older version of the ACE-Step API (before the model-management routes).",
                UpgradeHint);
        }
    }
}
