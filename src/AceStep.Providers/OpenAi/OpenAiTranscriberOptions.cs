namespace AceStep.Providers.OpenAi;

/// <summary>Settings of <see cref="OpenAiTranscriber"/>; the defaults talk to OpenAI's public API with <c>whisper-1</c>.</summary>
public sealed class OpenAiTranscriberOptions : ProviderOptions
{
    public static readonly Uri DefaultEndpoint = new("https://api.openai.com/v1");

    /// <summary>OpenAI refuses uploads over 25 MiB (HTTP 413); larger files are refused here before any byte is sent.</summary>
    public const long MaxUploadBytes = 25L * 1024 * 1024;

    public OpenAiTranscriberOptions()
        : base(DefaultEndpoint, TimeSpan.FromMinutes(5))
    {
    }

    /// <summary>
    /// The transcription model. <c>whisper-1</c> is the model whose <c>verbose_json</c> answer carries word
    /// timestamps, which timed lyrics need.
    /// </summary>
    public string Model { get; set; } = "whisper-1";
}
