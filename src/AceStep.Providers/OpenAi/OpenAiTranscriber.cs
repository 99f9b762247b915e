using AceStep.Lyrics.Transcription;
using AceStep.Providers.OpenAi.Wire;
using AceStep.Providers.Transcription;
using AceStep.Providers.Transport;

namespace AceStep.Providers.OpenAi;

/// <summary>
/// Transcribes a song with OpenAI's <c>POST {api_url}/audio/transcriptions</c>: the file streamed as multipart,
/// <c>response_format=verbose_json</c> with word and segment timestamps. Immutable and thread-safe.
/// </summary>
public sealed class OpenAiTranscriber : ITranscriber, IDisposable
{
    private const string Operation = "POST /audio/transcriptions";
    private const int MaxResponseBytes = 32 * 1024 * 1024;

    private readonly ProviderTransport transport;

    public OpenAiTranscriber(OpenAiTranscriberOptions options)
        : this(options, null)
    {
    }

    /// <summary>Uses the caller's <paramref name="http"/> (not disposed here); its own timeout should be off or longer than <see cref="ProviderOptions.RequestTimeout"/>.</summary>
    public OpenAiTranscriber(HttpClient http, OpenAiTranscriberOptions options)
        : this(options, http ?? throw new ArgumentNullException(nameof(http)))
    {
    }

    private OpenAiTranscriber(OpenAiTranscriberOptions options, HttpClient? http)
    {
        transport = new ProviderTransport(Settings(options), http);
        Model = options.Model;
    }

    public string Name => ProviderIdentity.OpenAi.Name;

    public string Model { get; }

    public async Task<Transcript> TranscribeAsync(TranscriptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var upload = AudioUpload.Open(request.AudioPath);
        if (upload.Length > OpenAiTranscriberOptions.MaxUploadBytes)
        {
            throw TooLarge(upload);
        }

        var response = await transport.SendAsync(
            new ProviderRequest(Operation, "audio/transcriptions", () => CreateForm(upload, request.Language), MaxResponseBytes),
            cancellationToken).ConfigureAwait(false);
        var answer = ResponseJson.Read(response, OpenAiJsonContext.Default.OpenAiVerboseTranscription, transport.Settings, Operation);
        return ToTranscript(answer, request, upload);
    }

    public void Dispose() => transport.Dispose();

    private MultipartFormDataContent CreateForm(AudioUpload upload, string? language)
    {
        var form = new MultipartFormDataContent();
        upload.AddTo(form);
        form.Add(new StringContent(Model), "model");
        form.Add(new StringContent("verbose_json"), "response_format");
        form.Add(new StringContent("word"), "timestamp_granularities[]");
        form.Add(new StringContent("segment"), "timestamp_granularities[]");
        if (!string.IsNullOrWhiteSpace(language))
        {
            form.Add(new StringContent(language.Trim()), "language");
        }

        return form;
    }

    private Transcript ToTranscript(OpenAiVerboseTranscription answer, TranscriptionRequest request, AudioUpload upload)
    {
        var words = new RecognizedWordList(what => ResponseJson.Broken(transport.Settings, Operation, what));
        foreach (var word in answer.Words ?? [])
        {
            words.Add(word?.Word, word?.Start, word?.End);
        }

        var recognized = words.ToList();
        if (recognized.Count == 0)
        {
            throw NoTimedWords.Create(ProviderIdentity.OpenAi, Model, Operation, upload, answer.Words is not null, answer.Text, "word timestamps need whisper-1 with verbose_json");
        }

        var segments = new List<RecognizedSegment>();
        foreach (var segment in answer.Segments ?? [])
        {
            if (segment?.Text?.Trim() is { Length: > 0 } text)
            {
                var (start, end) = words.CheckedTimes(segment.Start, segment.End, "a segment");
                segments.Add(new RecognizedSegment(text, start, end));
            }
        }

        var language = string.IsNullOrWhiteSpace(request.Language) ? answer.Language : request.Language.Trim();
        return new Transcript(recognized, [.. segments.OrderBy(static segment => segment.Start)], language, Name, Model);
    }

    private ProviderUploadTooLargeException TooLarge(AudioUpload upload) =>
        new($"{Path.GetFileName(upload.Path)} is {ByteSize.Format(upload.Length)}; OpenAI accepts at most 25 MiB per upload. "
            + "Compress it to a mono MP3 first (FfmpegAudioCompressor, or: ffmpeg -i song.wav -ac 1 -b:a 64k song.mp3); nothing was uploaded.",
            new ProviderErrorDetails(Name, Operation),
            upload.Length,
            OpenAiTranscriberOptions.MaxUploadBytes);

    private static ProviderSettings Settings(OpenAiTranscriberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        return ProviderSettings.From(options, ProviderIdentity.OpenAi);
    }
}
