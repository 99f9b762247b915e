namespace AceStep.Cli.Configuration;

/// <summary>
/// Every key config.json may hold, with its default, environment variable and flag (the table in docs/cli.md, Configuration).
/// </summary>
internal static class ConfigKeys
{
    public const string DefaultApiUrl = "http://127.0.0.1:8001";

    public static readonly ConfigKey ApiUrl = new("api_url", ConfigValueKind.Url, DefaultApiUrl, "API server address")
    {
        EnvironmentVariable = "ACESTEP_API_URL",
        Flag = "--api-url",
    };

    public static readonly ConfigKey ApiKey = new("api_key", ConfigValueKind.Secret, "", "API key (never printed)")
    {
        EnvironmentVariable = "ACESTEP_API_KEY",
    };

    public static readonly ConfigKey ApiMode = new("api_mode", ConfigValueKind.Choice, "completion", "Protocol: completion or native")
    {
        EnvironmentVariable = "ACESTEP_API_MODE",
        Flag = "--mode",
        Choices = ["completion", "native"],
    };

    public static readonly ConfigKey OutputDir = new("output_dir", ConfigValueKind.Path, null, "Folder for results (default <project root>/acestep_output)")
    {
        EnvironmentVariable = "ACESTEP_OUTPUT_DIR",
        Flag = "--output-dir",
    };

    public static readonly ConfigKey Timeout = new("timeout", ConfigValueKind.Integer, "1800", "Seconds to wait for a job before giving up (it keeps running)")
    {
        Flag = "--timeout",
        Minimum = 1,
    };

    public static readonly ConfigKey Thinking = new("generation.thinking", ConfigValueKind.Boolean, "true", "Enable the 5Hz LM (higher quality, slower)")
    {
        Flag = "--thinking/--no-thinking",
    };

    public static readonly ConfigKey UseFormat = new("generation.use_format", ConfigValueKind.Boolean, "false", "Let the LM rewrite caption and lyrics")
    {
        Flag = "--use-format/--no-format",
    };

    public static readonly ConfigKey UseCotCaption = new("generation.use_cot_caption", ConfigValueKind.Boolean, "true", "Let the LM refine the caption");

    public static readonly ConfigKey UseCotLanguage = new("generation.use_cot_language", ConfigValueKind.Boolean, "false", "Let the LM detect the vocal language");

    public static readonly ConfigKey BatchSize = new("generation.batch_size", ConfigValueKind.Integer, "1", "Audio files per generation (1-8)")
    {
        Flag = "--batch",
        Minimum = 1,
        Maximum = 8,
    };

    public static readonly ConfigKey AudioFormat = new("generation.audio_format", ConfigValueKind.Choice, "mp3", "Requested audio format")
    {
        Flag = "--format",
        Choices = ["mp3", "wav", "flac", "opus", "aac", "wav32"],
    };

    public static readonly ConfigKey VocalLanguage = new("generation.vocal_language", ConfigValueKind.Text, "en", "Vocal language code (en, zh, ja, ...)")
    {
        Flag = "--language",
    };

    public static readonly ConfigKey TagsEnabled = new("tags.enabled", ConfigValueKind.Boolean, "true", "Write tags (title, lyrics, BPM, key, seed, cover) into saved audio files")
    {
        Flag = "--no-tags",
    };

    public static readonly ConfigKey TagsArtist = new("tags.artist", ConfigValueKind.Text, null, "Artist written into saved audio files")
    {
        Flag = "--artist",
    };

    public static readonly ConfigKey TagsAlbum = new("tags.album", ConfigValueKind.Text, null, "Album written into saved audio files")
    {
        Flag = "--album",
    };

    public static readonly ConfigKey TranscriptionProvider = new("transcription.provider", ConfigValueKind.Choice, "auto",
        "Who times the lyrics: auto (a configured key, else estimate), openai, elevenlabs, acestep, estimate")
    {
        EnvironmentVariable = "ACESTEP_TRANSCRIPTION_PROVIDER",
        Flag = "--provider (transcribe)",
        Choices = ["auto", "openai", "elevenlabs", "acestep", "estimate"],
    };

    public static readonly ConfigKey OpenAiApiKey = new("openai.api_key", ConfigValueKind.Secret, "", "OpenAI key for transcription (never printed)")
    {
        EnvironmentVariable = "OPENAI_API_KEY",
    };

    public static readonly ConfigKey OpenAiApiUrl = new("openai.api_url", ConfigValueKind.Url, "https://api.openai.com/v1", "OpenAI API root");

    public static readonly ConfigKey OpenAiModel = new("openai.model", ConfigValueKind.Text, "whisper-1", "OpenAI transcription model (whisper-1 gives word times)");

    public static readonly ConfigKey ElevenLabsApiKey = new("elevenlabs.api_key", ConfigValueKind.Secret, "", "ElevenLabs key for transcription (never printed)")
    {
        EnvironmentVariable = "ELEVENLABS_API_KEY",
    };

    public static readonly ConfigKey ElevenLabsApiUrl = new("elevenlabs.api_url", ConfigValueKind.Url, "https://api.elevenlabs.io/v1", "ElevenLabs API root");

    public static readonly ConfigKey ElevenLabsModel = new("elevenlabs.model", ConfigValueKind.Text, "scribe_v2", "ElevenLabs speech-to-text model");

    public static readonly ConfigKey GeminiApiKey = new("gemini.api_key", ConfigValueKind.Secret, "", "Gemini key for cover images (never printed)")
    {
        EnvironmentVariable = "GEMINI_API_KEY",
        AlternateEnvironmentVariable = "GOOGLE_API_KEY",
    };

    public static readonly ConfigKey GeminiApiUrl = new("gemini.api_url", ConfigValueKind.Url, "https://generativelanguage.googleapis.com/v1beta", "Gemini API root");

    public static readonly ConfigKey GeminiModel = new("gemini.model", ConfigValueKind.Text, "gemini-3.1-flash-image", "Gemini image model");

    public static readonly ConfigKey Queue = new("queue", ConfigValueKind.Text, null, "Batch queue: postgres://user@host/db or a SQLite file (default <state folder>/queue.db)")
    {
        EnvironmentVariable = "ACESTEP_QUEUE",
        Flag = "--queue",
    };

    public static readonly ConfigKey GiveUpAfter = new("batch.give_up_after", ConfigValueKind.Integer, "600", "Seconds every server of a batch may be down before it stops (0 = wait forever)")
    {
        Flag = "--give-up-after",
        Minimum = 0,
    };

    public static IReadOnlyList<ConfigKey> All { get; } =
    [
        ApiUrl, ApiKey, ApiMode, OutputDir, Timeout,
        Thinking, UseFormat, UseCotCaption, UseCotLanguage, BatchSize, AudioFormat, VocalLanguage,
        TagsEnabled, TagsArtist, TagsAlbum,
        TranscriptionProvider, OpenAiApiKey, OpenAiApiUrl, OpenAiModel, ElevenLabsApiKey, ElevenLabsApiUrl, ElevenLabsModel,
        GeminiApiKey, GeminiApiUrl, GeminiModel,
        Queue, GiveUpAfter,
    ];

    public static ConfigKey? Find(string name) =>
        All.FirstOrDefault(key => string.Equals(key.Name, name, StringComparison.Ordinal));
}
