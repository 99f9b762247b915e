namespace AceStep.Providers.Transport;

/// <summary>Who a request goes to: the names used in messages, where keys are managed, and how the key travels.</summary>
internal sealed record ProviderIdentity(string Name, string DisplayName, string KeyPage, string KeyHeader, string KeyPrefix)
{
    public static readonly ProviderIdentity OpenAi = new("openai", "OpenAI", "https://platform.openai.com/api-keys", "Authorization", "Bearer ");

    public static readonly ProviderIdentity ElevenLabs = new("elevenlabs", "ElevenLabs", "https://elevenlabs.io/app/settings/api-keys", "xi-api-key", "");

    public static readonly ProviderIdentity Gemini = new("gemini", "Gemini", "https://aistudio.google.com/apikey", "x-goog-api-key", "");
}
