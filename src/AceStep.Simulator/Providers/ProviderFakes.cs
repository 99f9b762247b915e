using AceStep.Simulator.Providers.ElevenLabs;
using AceStep.Simulator.Providers.Faults;
using AceStep.Simulator.Providers.Gemini;
using AceStep.Simulator.Providers.OpenAi;
using AceStep.Simulator.Providers.Vocals;
using Microsoft.AspNetCore.Routing;

namespace AceStep.Simulator.Providers;

/// <summary>
/// Fakes of the cloud services around a song, written from their public API documentation: OpenAI's
/// <c>/v1/audio/transcriptions</c>, ElevenLabs' <c>/v1/speech-to-text</c> and Gemini's
/// <c>/v1beta/models/{model}:generateContent</c>, with their error shapes and fault switches. The transcription
/// fakes hear the vocal timelines registered in <see cref="Timelines"/>: words at the times they are sung, a seeded
/// share misheard.
/// </summary>
public sealed class ProviderFakes
{
    public ProviderFakes(ProviderFakeOptions? options = null)
    {
        Options = options ?? new ProviderFakeOptions();
    }

    public ProviderFakeOptions Options { get; }

    public ProviderFaults Faults { get; } = new();

    public VocalTimelineRegistry Timelines { get; } = new();

    public RequestLog Requests { get; } = new();

    /// <summary>Maps the three services' routes at their own paths and the admin routes under <c>/_simulator/providers/</c>.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        Map(routes, routes, routes, routes);
    }

    /// <summary>
    /// Maps each service under its <see cref="ProviderRoutePrefixes"/> prefix (<c>/openai/v1/audio/transcriptions</c>,
    /// <c>/elevenlabs/v1/speech-to-text</c>, <c>/gemini/v1beta/models/{model}:generateContent</c>), so they can share a
    /// server with ACE-Step's own <c>/v1/…</c> routes; the admin routes stay under <c>/_simulator/providers/</c>.
    /// </summary>
    public void MapUnderPrefixes(IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        Map(
            routes.MapGroup(ProviderRoutePrefixes.OpenAi),
            routes.MapGroup(ProviderRoutePrefixes.ElevenLabs),
            routes.MapGroup(ProviderRoutePrefixes.Gemini),
            routes);
    }

    private void Map(IEndpointRouteBuilder openAi, IEndpointRouteBuilder elevenLabs, IEndpointRouteBuilder gemini, IEndpointRouteBuilder admin)
    {
        openAi.MapPost("/v1/audio/transcriptions", new OpenAiTranscriptionEndpoint(this).HandleAsync);
        elevenLabs.MapPost("/v1/speech-to-text", new ElevenLabsSpeechToTextEndpoint(this).HandleAsync);
        gemini.MapPost("/v1beta/models/{model}:generateContent", new GeminiGenerateContentEndpoint(this).HandleAsync);
        new ProviderAdminEndpoints(this).Map(admin);
    }

    /// <summary>What a transcription service hears of a song: the same song is heard the same way every time.</summary>
    internal IReadOnlyList<HeardWord> Hear(VocalTimeline timeline) =>
        FakeListener.Hear(timeline, Options.RandomSeed ^ StableHash(timeline), Faults.MisheardShare, Faults.MissedShare);

    private static int StableHash(VocalTimeline timeline)
    {
        var hash = 2166136261;
        foreach (var c in string.Join('\n', timeline.Lines.Select(static line => line.Text)))
        {
            hash = (hash ^ c) * 16777619;
        }

        return unchecked((int)hash);
    }
}
