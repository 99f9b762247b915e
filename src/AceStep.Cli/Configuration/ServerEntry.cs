namespace AceStep.Cli.Configuration;

/// <summary>
/// One server of the config file's <c>servers</c> list: its address, protocol, key and how many jobs it may hold.
/// The key is never printed: <see cref="ToString"/> masks it like <c>api_key</c>.
/// </summary>
internal sealed record ServerEntry(Uri Url, ApiMode? Mode, string? ApiKey, int? Capacity)
{
    public override string ToString() =>
        $"ServerEntry {{ Url = {Url.GetLeftPart(UriPartial.Path)}, Mode = {Mode}, ApiKey = {SecretMask.Of(ApiKey ?? "")}, Capacity = {Capacity} }}";
}
