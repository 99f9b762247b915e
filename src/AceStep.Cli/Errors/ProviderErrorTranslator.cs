using AceStep.Providers;
using AceStep.Providers.Audio;

namespace AceStep.Cli.Errors;

/// <summary>
/// Maps the cloud providers' errors (transcription, cover images) to the documented exit codes, each with what to
/// do next. The providers' messages already name the service, the request and its own words, never the key.
/// </summary>
internal static class ProviderErrorTranslator
{
    public static CliException? Translate(Exception exception) => exception switch
    {
        ProviderAuthenticationException ex => new CliException(
            ExitCode.Authentication, "provider_unauthorized", ex.Message,
            $"Check the key: acestep config --check-key {ex.Provider}\nSet it with: printf %s \"$KEY\" | acestep config --set {ex.Provider}.api_key\nKeys are made at {ex.KeyPage}"),
        ProviderRateLimitedException { QuotaExhausted: true } ex => new CliException(
            ExitCode.Unavailable, "provider_quota", ex.Message, $"The {ex.Provider} account is out of quota or credit: add billing or credit, or use another provider."),
        ProviderRateLimitedException ex => new CliException(
            ExitCode.Unavailable, "provider_rate_limited", ex.Message,
            ex.RetryAfter is { } wait ? $"{ex.Provider} asks to wait {Math.Ceiling(wait.TotalSeconds)} s; try again then." : "Wait a minute and try again."),
        ProviderUnavailableException ex => new CliException(
            ExitCode.Unavailable, "provider_unavailable", ex.Message, "The service or the network failed after the retries. Try again later."),
        ProviderTimeoutException ex => new CliException(
            ExitCode.Timeout, "provider_timeout", ex.Message, "The service did not answer in time, even after the retries. Try again later, or a shorter file."),
        ProviderUploadTooLargeException ex => new CliException(
            ExitCode.Rejected, "upload_too_large", ex.Message,
            "Compress it first, e.g.: ffmpeg -i song.wav -ac 1 -ar 22050 -b:a 64k song.mp3 (acestep does this itself when ffmpeg is on PATH)."),
        NoWordsRecognizedException ex => new CliException(
            ExitCode.NothingProduced, "no_words", ex.Message,
            "The song may be instrumental or its vocals too quiet. --provider estimate spreads the known lyrics without listening."),
        ImageNotGeneratedException ex => new CliException(
            ExitCode.NothingProduced, "image_blocked", ex.Message, "Rephrase the prompt (no people's names, brands or unsafe content) and try again."),
        ProviderProtocolException ex => new CliException(
            ExitCode.Unavailable, "provider_protocol", ex.Message, "The answer was not the service's API (a proxy or portal page?). Check the provider's api_url."),
        ProviderException ex => new CliException(
            ExitCode.Rejected, "provider_rejected", ex.Message, "The service refused the request; check the options, the model name and the file."),
        AudioCompressionException ex => new CliException(
            ExitCode.Rejected, "compression_failed", ex.Message, "Install ffmpeg, or compress the file yourself to under 25 MiB."),
        _ => null,
    };
}
