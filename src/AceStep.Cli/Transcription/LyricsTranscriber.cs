using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Songs;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Lyrics;
using AceStep.Lyrics.Alignment;
using AceStep.Lyrics.Estimation;
using AceStep.Lyrics.Lines;
using AceStep.Lyrics.Transcription;
using AceStep.Providers.ElevenLabs;
using AceStep.Providers.OpenAi;

namespace AceStep.Cli.Transcription;

/// <summary>
/// Times a song's lyrics the way the settings say: chooses the provider (a flag, <c>transcription.provider</c>, or
/// with <c>auto</c> the first provider with a key, else the estimate), lets it hear the audio, and puts the known
/// lyrics on its times. Used by <c>acestep transcribe</c> and by anything else that needs timed lyrics.
/// </summary>
internal sealed class LyricsTranscriber(RunContext context)
{
    public const string Auto = "auto";

    public static IReadOnlyList<string> Providers { get; } = ["openai", "elevenlabs", "acestep", "estimate", Auto];

    public async Task<LyricsTranscription> TranscribeAsync(SongSource song, TranscriptionChoices choices, CancellationToken cancellationToken)
    {
        var lines = new LineBreakOptions
        {
            GapSeconds = choices.GapSeconds ?? new LineBreakOptions().GapSeconds,
            MaxColumns = choices.MaxLineColumns ?? new LineBreakOptions().MaxColumns,
        };
        var reference = choices.ReferenceLyrics ?? song.Lyrics;
        var language = choices.Language ?? song.Language;
        var provider = ChooseProvider(choices.Provider);
        if (provider == LyricsTranscription.EstimateProvider)
        {
            return Estimate(song, reference);
        }

        var transcript = provider switch
        {
            "openai" => await OpenAiAsync(song, language, cancellationToken),
            "elevenlabs" => await ElevenLabsAsync(song, language, cancellationToken),
            _ => await AceStepServerAsync(song, language, cancellationToken),
        };
        return string.IsNullOrWhiteSpace(reference)
            ? LyricsTranscription.FromLines(transcript, lines)
            : LyricsTranscription.FromAlignment(transcript, reference, new AlignmentOptions { FallbackLines = lines });
    }

    /// <summary>The provider that will run: an explicit choice as given; <c>auto</c> the first with a key, else the estimate.</summary>
    public string ChooseProvider(string? requested)
    {
        var chosen = requested ?? context.Resolver().Resolve(ConfigKeys.TranscriptionProvider).Value ?? Auto;
        if (chosen != Auto)
        {
            return chosen;
        }

        if (ProviderAccess.OpenAi(context).HasKey)
        {
            return "openai";
        }

        return ProviderAccess.ElevenLabs(context).HasKey ? "elevenlabs" : LyricsTranscription.EstimateProvider;
    }

    private static LyricsTranscription Estimate(SongSource song, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw CliException.InvalidInput(
                "The estimate needs the song's lyrics, and none are known for this audio.",
                "Give them with --reference lyrics.txt (or a result .json), transcribe a job of ours, or configure a provider: printf %s \"$KEY\" | acestep config --set openai.api_key");
        }

        var duration = song.DurationSeconds ?? ProbeDuration(song.AudioPath);
        return LyricsTranscription.FromEstimate(reference, SongTiming.FromMetadata(duration, song.Bpm, song.TimeSignature));
    }

    private static double? ProbeDuration(string? path)
    {
        if (path is null)
        {
            return null;
        }

        Span<byte> header = stackalloc byte[64];
        using (var stream = File.OpenRead(path))
        {
            header = header[..stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false)];
        }

        return AudioDurationProbe.Probe(path, AudioFormatSniffer.Detect(header))?.TotalSeconds;
    }

    private async Task<Transcript> OpenAiAsync(SongSource song, string? language, CancellationToken cancellationToken)
    {
        var access = RequireKey(ProviderAccess.OpenAi(context));
        var audio = RequireAudio(song);
        await using var upload = await UploadableAudio.PrepareAsync(audio, OpenAiTranscriberOptions.MaxUploadBytes, context.Reporter, cancellationToken);
        using var transcriber = new OpenAiTranscriber(Configure(new OpenAiTranscriberOptions { Model = access.Model }, access));
        return await transcriber.TranscribeAsync(new TranscriptionRequest(upload.Path, language), cancellationToken);
    }

    private async Task<Transcript> ElevenLabsAsync(SongSource song, string? language, CancellationToken cancellationToken)
    {
        var access = RequireKey(ProviderAccess.ElevenLabs(context));
        using var transcriber = new ElevenLabsTranscriber(Configure(new ElevenLabsTranscriberOptions { Model = access.Model }, access));
        return await transcriber.TranscribeAsync(new TranscriptionRequest(RequireAudio(song), language), cancellationToken);
    }

    /// <summary>The ACE-Step server transcribes its own copy of a job's file, found through the job's result.</summary>
    private async Task<Transcript> AceStepServerAsync(SongSource song, string? language, CancellationToken cancellationToken)
    {
        if (song.JobId is null)
        {
            throw CliException.InvalidInput(
                "--provider acestep transcribes a song the server made: give its job id or result .json, not a local file.",
                "For a local file use --provider openai or elevenlabs (or estimate).");
        }

        var settings = context.Settings();
        using var client = ClientFactory.Create(settings, context.Environment);
        var status = (await client.QueryJobsAsync([song.JobId], cancellationToken))[0];
        var file = status.Result?.Audio.FirstOrDefault(audio => audio.Index == song.FileNumber - 1) ?? status.Result?.Audio.ElementAtOrDefault(song.FileNumber - 1)
            ?? throw new CliException(ExitCode.JobLost, "job_lost",
                $"The server no longer has the result of job {song.JobId}, so it cannot transcribe its file.",
                "Use --provider openai or elevenlabs with the downloaded file, or --provider estimate.", song.JobId);
        var serverPath = ServerPathOf(file.FileUrl);
        var heard = await client.TranscribeAsync(serverPath, language, cancellationToken);
        if (heard.Words.Count == 0)
        {
            throw new CliException(ExitCode.NothingProduced, "no_words",
                "The ACE-Step server heard no words in this song (an instrumental, or vocals too quiet).",
                "Check that the song has vocals; --provider estimate spreads the known lyrics without listening.");
        }

        var words = heard.Words.Select(static word => new RecognizedWord(word.Text, word.Start, word.End)).ToList();
        return new Transcript(words, [], language, "acestep", "whisper-1");
    }

    private static string ServerPathOf(string fileUrl)
    {
        var query = fileUrl.Split('?', 2) is [_, var rest] ? rest : "";
        foreach (var pair in query.Split('&'))
        {
            if (pair.StartsWith("path=", StringComparison.Ordinal))
            {
                return Uri.UnescapeDataString(pair["path=".Length..]);
            }
        }

        return fileUrl;
    }

    private static string RequireAudio(SongSource song) => song.AudioPath is { } path && File.Exists(path)
        ? path
        : throw CliException.InvalidInput(
            $"The audio of {(song.JobId is null ? "this song" : "job " + song.JobId)} is not on this computer.",
            song.JobId is null ? "Check the path." : $"Download it with: acestep status {song.JobId}");

    private static ProviderAccess RequireKey(ProviderAccess access) => access.HasKey
        ? access
        : throw CliException.Configuration($"No {access.Name} key is configured ({access.KeySetting.Name}).", access.KeyAdvice + "\nor use --provider estimate (no network).");

    private T Configure<T>(T options, ProviderAccess access)
        where T : AceStep.Providers.ProviderOptions
    {
        options.Endpoint = access.ApiUrl;
        options.ApiKey = access.ApiKey;
        options.TimeProvider = context.Environment.TimeProvider;
        options.Random = context.Environment.Random;
        return options;
    }
}
