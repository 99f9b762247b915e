namespace AceStep.Cli.Configuration;

/// <summary>
/// A cloud provider's effective settings: its key, API root and model, each from flags &gt; environment &gt;
/// config file &gt; defaults. Reading one registers the key with the reporter, so no output can show it.
/// </summary>
internal sealed record ProviderAccess(string Name, string ApiKey, Uri ApiUrl, string Model, ConfigKey KeySetting)
{
    public bool HasKey => ApiKey.Length > 0;

    public static ProviderAccess OpenAi(RunContext context) =>
        Read(context, "openai", ConfigKeys.OpenAiApiKey, ConfigKeys.OpenAiApiUrl, ConfigKeys.OpenAiModel);

    public static ProviderAccess ElevenLabs(RunContext context) =>
        Read(context, "elevenlabs", ConfigKeys.ElevenLabsApiKey, ConfigKeys.ElevenLabsApiUrl, ConfigKeys.ElevenLabsModel);

    public static ProviderAccess Gemini(RunContext context) =>
        Read(context, "gemini", ConfigKeys.GeminiApiKey, ConfigKeys.GeminiApiUrl, ConfigKeys.GeminiModel);

    /// <summary>How to set this provider's key without it reaching the shell history.</summary>
    public string KeyAdvice =>
        $"Set it with: printf %s \"$KEY\" | acestep config --set {KeySetting.Name}" +
        (KeySetting.EnvironmentVariable is { } variable ? $"\nor export {variable}" : "");

    private static ProviderAccess Read(RunContext context, string name, ConfigKey key, ConfigKey url, ConfigKey model)
    {
        var resolver = context.Resolver();
        var apiKey = resolver.Resolve(key).Value ?? "";
        context.Reporter.AddSecret(apiKey);
        return new ProviderAccess(name, apiKey, new Uri(resolver.Resolve(url).Value!), resolver.Resolve(model).Value!, key);
    }

    /// <summary>Never the key: a record's generated ToString would print it.</summary>
    public override string ToString() => $"{Name} {{ ApiUrl = {ApiUrl.GetLeftPart(UriPartial.Path)}, ApiKey = {SecretMask.Of(ApiKey)}, Model = {Model} }}";
}
