namespace AceStep.Simulator.Providers;

/// <summary>
/// Settings of the cloud-provider fakes. A key left null accepts any non-empty key (as a service accepts any valid
/// one); a key set accepts only itself, and answers a wrong one as the real service does.
/// </summary>
public sealed class ProviderFakeOptions
{
    public string? OpenAiApiKey { get; set; }

    public string? ElevenLabsApiKey { get; set; }

    public string? GeminiApiKey { get; set; }

    /// <summary>OpenAI's upload limit (25 MiB): a bigger request gets its 413.</summary>
    public long OpenAiMaxUploadBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>ElevenLabs accepts files of up to 3 GB; the fake keeps uploads in memory, so it stops far lower.</summary>
    public long ElevenLabsMaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>A prompt containing this word is blocked before generation (<c>promptFeedback.blockReason</c>).</summary>
    public string BlockedPromptWord { get; set; } = "forbidden";

    /// <summary>A prompt containing this word gets a candidate withheld by the image safety filter (<c>finishReason: IMAGE_SAFETY</c>).</summary>
    public string UnsafeImageWord { get; set; } = "unsafe";

    /// <summary>Seeds which words are misheard (combined with the song, so one song is always heard the same way).</summary>
    public int RandomSeed { get; set; } = 12345;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
