using AceStep.Lyrics.Transcription;
using AceStep.Providers.ElevenLabs.Wire;
using AceStep.Providers.Transcription;
using AceStep.Providers.Transport;

namespace AceStep.Providers.ElevenLabs;

/// <summary>
/// Transcribes a song with ElevenLabs' <c>POST {api_url}/speech-to-text</c> (Scribe): the file streamed as
/// multipart, the key in <c>xi-api-key</c>. Only <c>word</c> items are kept (not spacing or audio events); Scribe's
/// words keep their punctuation. Immutable and thread-safe.
/// </summary>
public sealed class ElevenLabsTranscriber : ITranscriber, IDisposable
{
    private const string Operation = "POST /speech-to-text";
    private const int MaxResponseBytes = 32 * 1024 * 1024;

    private readonly ProviderTransport transport;

    public ElevenLabsTranscriber(ElevenLabsTranscriberOptions options)
        : this(options, null)
    {
    }

    /// <summary>Uses the caller's <paramref name="http"/> (not disposed here); its own timeout should be off or longer than <see cref="ProviderOptions.RequestTimeout"/>.</summary>
    public ElevenLabsTranscriber(HttpClient http, ElevenLabsTranscriberOptions options)
        : this(options, http ?? throw new ArgumentNullException(nameof(http)))
    {
    }

    private ElevenLabsTranscriber(ElevenLabsTranscriberOptions options, HttpClient? http)
    {
        transport = new ProviderTransport(Settings(options), http);
        Model = options.Model;
    }

    public string Name => ProviderIdentity.ElevenLabs.Name;

    public string Model { get; }

    public async Task<Transcript> TranscribeAsync(TranscriptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var upload = AudioUpload.Open(request.AudioPath);
        var response = await transport.SendAsync(
            new ProviderRequest(Operation, "speech-to-text", () => CreateForm(upload, request.Language), MaxResponseBytes),
            cancellationToken).ConfigureAwait(false);
        var answer = ResponseJson.Read(response, ElevenLabsJsonContext.Default.ElevenLabsTranscription, transport.Settings, Operation);
        return ToTranscript(answer, request, upload);
    }

    public void Dispose() => transport.Dispose();

    private MultipartFormDataContent CreateForm(AudioUpload upload, string? language)
    {
        var form = new MultipartFormDataContent();
        upload.AddTo(form);
        form.Add(new StringContent(Model), "model_id");
        if (!string.IsNullOrWhiteSpace(language))
        {
            form.Add(new StringContent(language.Trim()), "language_code");
        }

        return form;
    }

    private Transcript ToTranscript(ElevenLabsTranscription answer, TranscriptionRequest request, AudioUpload upload)
    {
        var words = new RecognizedWordList(what => ResponseJson.Broken(transport.Settings, Operation, what));
        foreach (var item in answer.Words ?? [])
        {
            if (item?.Type == "word")
            {
                words.Add(item.Text, item.Start, item.End);
            }
        }

        var recognized = words.ToList();
        if (recognized.Count == 0)
        {
            throw NoTimedWords.Create(ProviderIdentity.ElevenLabs, Model, Operation, upload, answer.Words is not null, answer.Text);
        }

        var language = string.IsNullOrWhiteSpace(request.Language) ? answer.LanguageCode : request.Language.Trim();
        return new Transcript(recognized, [], language, Name, Model);
    }

    private static ProviderSettings Settings(ElevenLabsTranscriberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        return ProviderSettings.From(options, ProviderIdentity.ElevenLabs);
    }
}
