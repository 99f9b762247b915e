using AceStep.Client;
using AceStep.Video;

namespace AceStep.Cli.Errors;

/// <summary>
/// Maps exceptions from the library and the file system to the documented exit codes, each with what
/// to do next. The library's messages already name the endpoint and the server's own words.
/// </summary>
internal static class ErrorTranslator
{
    public static bool TryTranslate(Exception exception, out CliException translated)
    {
        translated = ProviderErrorTranslator.Translate(exception) ?? exception switch
        {
            AceStepFeatureMissingException ex => new CliException(
                ExitCode.Rejected, "feature_missing", ex.Message,
                "This server cannot transcribe. Use a cloud provider instead:\nprintf %s \"$KEY\" | acestep config --set openai.api_key   (then --provider openai)\nprintf %s \"$KEY\" | acestep config --set elevenlabs.api_key   (then --provider elevenlabs)\nor --provider estimate (no network)."),
            AceStepUnauthorizedException ex => new CliException(
                ExitCode.Authentication, "unauthorized", ex.Message,
                "See whether a key is configured: acestep config --check-key\nSet it with: printf %s \"$KEY\" | acestep config --set api_key"),
            AceStepQueueFullException ex => new CliException(
                ExitCode.Unavailable, "queue_full", ex.Message, "The server's queue is full. Wait a few minutes and try again."),
            AceStepNotReadyException ex => new CliException(
                ExitCode.Unavailable, "not_ready", ex.Message,
                "The server's models are not loaded yet. Wait for 'acestep health' to report models initialized, then try again."),
            AceStepGatewayException { JobMayStillRun: true } ex => new CliException(
                ExitCode.Unavailable, "gateway_timeout", ex.Message,
                "The job may still be running on the server: do not resend it at once.\nFor long songs use native mode (--mode native), which can be resumed."),
            AceStepGatewayException ex => new CliException(
                ExitCode.Unavailable, "gateway", ex.Message, "A proxy in front of the server failed. Try again in a minute."),
            AceStepUnreachableException ex => new CliException(
                ExitCode.Unavailable, "unreachable", ex.Message, HealthAdvice.StartServer),
            AceStepWrongServerException ex => new CliException(
                ExitCode.Unavailable, "not_acestep", ex.Message, HealthAdvice.WrongServer),
            AceStepInvalidRequestException ex => new CliException(
                ExitCode.Rejected, "rejected", ex.Message, "The server rejected the request; check the options (acestep generate --help)."),
            AceStepServerErrorException ex => new CliException(
                ExitCode.Rejected, "server_error", ex.Message, "The server failed on this request. Check its log, or try other options."),
            AceStepJobFailedException ex => new CliException(
                ExitCode.JobFailed, "job_failed", ex.Message, "The server could not generate this song. Check the options or the server's log.", ex.JobId),
            AceStepJobLostException ex => new CliException(
                ExitCode.JobLost, "job_lost", ex.Message, "The server no longer knows this job (restarted, or the result expired). Submit it again.", ex.JobId),
            AceStepTimeoutException ex => new CliException(
                ExitCode.Timeout, "timeout", ex.Message,
                ex.JobId is null ? "Try again, or raise --timeout." : $"The job may still be running. Resume with: acestep status {ex.JobId}", ex.JobId),
            AceStepProtocolException ex => new CliException(
                ExitCode.Unavailable, "protocol", ex.Message, "The server's answer broke the API contract. Is --api-url an ACE-Step server?"),
            AceStepException ex => new CliException(ExitCode.Unavailable, "server", ex.Message, null),
            MusicVideoException ex => TranslateVideo(ex),
            UnauthorizedAccessException or IOException => CliException.Output(
                $"Could not write a file: {exception.Message}",
                "Check the output folder's permissions and free space, or choose another with --output-dir."),
            _ => null!,
        };
        return translated is not null;
    }

    private static CliException TranslateVideo(MusicVideoException exception) => exception switch
    {
        FfmpegNotFoundException ex => new CliException(ExitCode.MissingTool, "ffmpeg_missing", ex.Message, "Install ffmpeg (Debian/Ubuntu: sudo apt-get install ffmpeg; macOS: brew install ffmpeg)."),
        FfmpegFailedException ex => new CliException(ExitCode.RenderFailed, "render_failed", ex.Message, "ffmpeg's own words are above. Check the free disk space and the input files."),
        AudioUnreadableException ex => CliException.InvalidInput(ex.Message, "Give an audio file ffmpeg can read (MP3, WAV, FLAC, Opus, AAC)."),
        ImageUnreadableException ex => CliException.InvalidInput(ex.Message, "Give a PNG, JPEG or WebP picture with --background, or leave it out for the gradient."),
        FontUnreadableException ex => CliException.InvalidInput(ex.Message, "Give a TTF, OTF or TTC file with --font, or leave it out to use the machine's fonts."),
        OutputExistsException ex => new CliException(ExitCode.OutputNotWritable, "output_exists", ex.Message, "Add --force to replace it, or choose another file with --output."),
        SizeTargetTooSmallException ex => CliException.InvalidInput(ex.Message, "Raise --max-size, or choose a platform with a larger limit (--for telegram)."),
        _ => new CliException(ExitCode.RenderFailed, "render_failed", exception.Message),
    };
}
