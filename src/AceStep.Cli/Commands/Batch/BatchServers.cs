using AceStep.Batch;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Batch;

/// <summary>
/// The servers of a batch: each --server (with the mode, key and capacity of the config's <c>servers</c> entry of the
/// same address, else api_mode and api_key as <c>generate --api-url</c> would use), else every entry of the config's
/// <c>servers</c> list, else the one configured api_url.
/// </summary>
internal static class BatchServers
{
    public static IReadOnlyList<ServerEndpoint> Resolve(IReadOnlyList<Uri> flags, IReadOnlyList<ServerEntry> configured, CliSettings settings)
    {
        // An entry of the servers list uses its own key only; an address without an entry speaks like api_url (api_mode, api_key).
        var unlisted = settings.HasApiKey ? settings.ApiKey : null;
        ServerEntry[] chosen = flags.Count > 0
            ? [.. flags.Select(url => configured.FirstOrDefault(entry => SameServer(entry.Url, url)) ?? new ServerEntry(url, null, unlisted, null))]
            : configured.Count > 0 ? [.. configured] : [new ServerEntry(settings.ApiUrl, settings.Mode, unlisted, null)];
        var endpoints = chosen.Select(entry => new ServerEndpoint(entry.Url)
        {
            Mode = (entry.Mode ?? settings.Mode) == ApiMode.Native ? ServerMode.Native : ServerMode.Completion,
            ApiKey = entry.ApiKey,
            Capacity = entry.Capacity,
        }).ToList();
        var repeated = endpoints.GroupBy(endpoint => endpoint.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return repeated is null
            ? endpoints
            : throw CliException.Usage($"The server {repeated.Key.TrimEnd('/')} is given twice.", "Give each server once; raise its share with --capacity or its capacity in the servers list.");
    }

    private static bool SameServer(Uri left, Uri right) =>
        string.Equals(left.GetLeftPart(UriPartial.Path).TrimEnd('/'), right.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
