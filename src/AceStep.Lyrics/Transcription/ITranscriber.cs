namespace AceStep.Lyrics.Transcription;

/// <summary>Something that turns a song's audio into recognised words with times: a cloud provider, or the ACE-Step server itself.</summary>
public interface ITranscriber
{
    /// <summary>The provider's name as the user selects it (<c>openai</c>, <c>elevenlabs</c>, <c>acestep</c>).</summary>
    string Name { get; }

    Task<Transcript> TranscribeAsync(TranscriptionRequest request, CancellationToken cancellationToken = default);
}
