namespace AceStep.Client;

/// <summary>
/// How a model load (<c>POST /v1/init</c>) is going, reported about once a second while the request is in flight.
/// The server says nothing about its own progress, so this is what <c>/health</c> shows meanwhile.
/// </summary>
/// <param name="Elapsed">Time since the load was requested.</param>
/// <param name="ServerResponding">Whether <c>/health</c> answered this time (a loading version-B server may not).</param>
/// <param name="ModelsInitialized">What <c>/health</c> said about the models; null when it did not answer or does not say.</param>
/// <param name="LoadedModel">The primary model <c>/health</c> named.</param>
public sealed record ModelLoadProgress(TimeSpan Elapsed, bool ServerResponding, bool? ModelsInitialized, string? LoadedModel);
