namespace AceStep.Simulator.Providers.Faults;

/// <summary>The snake_case names of the fault kinds in the admin document and on the command line.</summary>
public static class ProviderFaultKindNames
{
    private static readonly Dictionary<string, ProviderFaultKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["status"] = ProviderFaultKind.Status,
        ["html_page"] = ProviderFaultKind.HtmlPage,
        ["rate_limited"] = ProviderFaultKind.RateLimited,
        ["quota_exhausted"] = ProviderFaultKind.QuotaExhausted,
        ["delay"] = ProviderFaultKind.Delay,
        ["drop_connection"] = ProviderFaultKind.DropConnection,
        ["malformed_json"] = ProviderFaultKind.MalformedJson,
    };

    public static IEnumerable<string> All => Kinds.Keys;

    public static string NameOf(ProviderFaultKind kind) => Kinds.First(pair => pair.Value == kind).Key;

    public static bool TryParse(string? name, out ProviderFaultKind kind) => Kinds.TryGetValue(name ?? string.Empty, out kind);
}
