using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Checks that run before any work is sent: a key for the official cloud API (the skill's "Case 1"),
/// and a server that answers /health (otherwise: how to install and start ACE-Step).
/// </summary>
internal static class Preflight
{
    public const string CloudHost = "api.acemusic.ai";

    public static bool IsCloud(CliSettings settings) =>
        settings.ApiUrl.Host.Equals(CloudHost, StringComparison.OrdinalIgnoreCase)
        || settings.ApiUrl.Host.EndsWith(".acemusic.ai", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops before any request when the official cloud API is used without a key (exit 4).</summary>
    public static void RequireCloudKey(CliSettings settings)
    {
        if (IsCloud(settings) && !settings.HasApiKey)
        {
            throw new CliException(
                ExitCode.Authentication,
                "api_key_missing",
                "You're using the ACE-Step official cloud API, but no API key is configured. An API key is required to use this service.",
                "API keys are currently available through acemusic.ai for free.\n" +
                "Once you have one, store it without echoing it: printf %s \"$KEY\" | acestep config --set api_key\n" +
                "(or set ACESTEP_API_KEY for one session). Check with: acestep config --check-key");
        }
    }

    /// <summary>Asks /health; a server that does not answer gets the installation and start-up advice (exit 5).</summary>
    public static async Task<HealthInfo> CheckHealthAsync(AceStepClient client, CliSettings settings, CancellationToken cancellation)
    {
        try
        {
            return await client.GetHealthAsync(cancellation);
        }
        catch (AceStepException ex) when (ex is AceStepUnreachableException or AceStepGatewayException or AceStepNotReadyException or AceStepProtocolException or AceStepTimeoutException)
        {
            throw new CliException(
                ExitCode.Unavailable,
                "unreachable",
                $"The ACE-Step server at {settings.ServerDisplay} is not answering: {ex.Message}",
                HealthAdvice.StartServer);
        }
    }
}
