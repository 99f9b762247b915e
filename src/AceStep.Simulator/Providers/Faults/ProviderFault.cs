namespace AceStep.Simulator.Providers.Faults;

/// <summary>
/// A fault for the next <paramref name="Count"/> requests (0 = every request) to <paramref name="Target"/>: an exact
/// path (<c>/v1/audio/transcriptions</c>) or a provider's name (<c>openai</c>, <c>elevenlabs</c>, <c>gemini</c>).
/// </summary>
/// <param name="Status">For <see cref="ProviderFaultKind.Status"/> and <see cref="ProviderFaultKind.HtmlPage"/>.</param>
/// <param name="Seconds">The <c>Retry-After</c> of <see cref="ProviderFaultKind.RateLimited"/>, the wait of <see cref="ProviderFaultKind.Delay"/>.</param>
public sealed record ProviderFault(string Target, ProviderFaultKind Kind, int Status = 500, int Count = 1, double Seconds = 1);
