namespace AceStep.Providers.ElevenLabs;

/// <summary>Settings of <see cref="ElevenLabsTranscriber"/>; the defaults talk to ElevenLabs' public API with Scribe v2.</summary>
public sealed class ElevenLabsTranscriberOptions : ProviderOptions
{
    public static readonly Uri DefaultEndpoint = new("https://api.elevenlabs.io/v1");

    public ElevenLabsTranscriberOptions()
        : base(DefaultEndpoint, TimeSpan.FromMinutes(5))
    {
    }

    /// <summary>The speech-to-text model (<c>model_id</c>).</summary>
    public string Model { get; set; } = "scribe_v2";
}
