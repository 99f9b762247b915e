using System.Globalization;

namespace AceStep.Cli.Configuration;

/// <summary>The effective, typed settings of one invocation after precedence has been applied.</summary>
internal sealed record CliSettings
{
    public required Uri ApiUrl { get; init; }

    public required string ApiKey { get; init; }

    public required ApiMode Mode { get; init; }

    /// <summary>The configured output folder, or null to use &lt;project root&gt;/acestep_output.</summary>
    public string? OutputDirectory { get; init; }

    public required TimeSpan Timeout { get; init; }

    public required bool Thinking { get; init; }

    public required bool UseFormat { get; init; }

    /// <summary>Where <see cref="Thinking"/> was set ("config file", "env …"), or null when it is the built-in default.</summary>
    public string? ThinkingOrigin { get; init; }

    /// <summary>Where <see cref="UseFormat"/> was set, or null when it is the built-in default.</summary>
    public string? UseFormatOrigin { get; init; }

    public required bool UseCotCaption { get; init; }

    public required bool UseCotLanguage { get; init; }

    public required int BatchSize { get; init; }

    public required string AudioFormat { get; init; }

    public required string VocalLanguage { get; init; }

    public bool HasApiKey => ApiKey.Length > 0;

    public string ModeName => Mode == ApiMode.Native ? "native" : "completion";

    /// <summary>
    /// Reads every key through <paramref name="resolver"/>; a command's own --timeout, already checked, wins over
    /// the configured one (which is then not read at all).
    /// </summary>
    public static CliSettings From(SettingsResolver resolver, TimeSpan? timeout = null)
    {
        string Value(ConfigKey key) => resolver.Resolve(key).Value ?? "";
        bool Flag(ConfigKey key) => Value(key) == "true";
        int Number(ConfigKey key) => int.Parse(Value(key), CultureInfo.InvariantCulture);
        string? Origin(ConfigKey key) => resolver.Resolve(key) is { Source: not SettingSource.Default } set ? set.Origin : null;

        return new CliSettings
        {
            ApiUrl = new Uri(Value(ConfigKeys.ApiUrl) + "/"),
            ApiKey = Value(ConfigKeys.ApiKey),
            Mode = Value(ConfigKeys.ApiMode) == "native" ? ApiMode.Native : ApiMode.Completion,
            OutputDirectory = resolver.Resolve(ConfigKeys.OutputDir).Value,
            Timeout = timeout ?? TimeSpan.FromSeconds(Number(ConfigKeys.Timeout)),
            Thinking = Flag(ConfigKeys.Thinking),
            UseFormat = Flag(ConfigKeys.UseFormat),
            ThinkingOrigin = Origin(ConfigKeys.Thinking),
            UseFormatOrigin = Origin(ConfigKeys.UseFormat),
            UseCotCaption = Flag(ConfigKeys.UseCotCaption),
            UseCotLanguage = Flag(ConfigKeys.UseCotLanguage),
            BatchSize = Number(ConfigKeys.BatchSize),
            AudioFormat = Value(ConfigKeys.AudioFormat),
            VocalLanguage = Value(ConfigKeys.VocalLanguage),
        };
    }

    /// <summary>The server address as shown to people and saved in files: scheme, host, port and path only.</summary>
    public string ServerDisplay => ApiUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>
    /// Every setting, the API key masked: the ToString a record generates would print the key, and settings end
    /// up in debugger views, logs and interpolated messages.
    /// </summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"CliSettings {{ ApiUrl = {ServerDisplay}, ApiKey = {SecretMask.Of(ApiKey)}, Mode = {ModeName}, OutputDirectory = {OutputDirectory}, " +
        $"Timeout = {Timeout}, Thinking = {Thinking}, UseFormat = {UseFormat}, UseCotCaption = {UseCotCaption}, " +
        $"UseCotLanguage = {UseCotLanguage}, BatchSize = {BatchSize}, AudioFormat = {AudioFormat}, VocalLanguage = {VocalLanguage} }}");
}
