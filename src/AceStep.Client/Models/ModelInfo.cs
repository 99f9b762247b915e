namespace AceStep.Client;

/// <summary>A loaded model as listed by <c>GET /v1/models</c> (OpenRouter format).</summary>
/// <param name="Id">The id for chat requests, e.g. <c>acestep/acestep-v15-turbo</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="NativeName">The bare name usable as the native <c>model</c>, e.g. <c>acestep-v15-turbo</c>.</param>
public sealed record ModelInfo(string Id, string? Name, string NativeName);
