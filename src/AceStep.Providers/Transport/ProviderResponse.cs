namespace AceStep.Providers.Transport;

/// <summary>A successful answer, read whole within the attempt's deadline and the size cap.</summary>
internal sealed record ProviderResponse(byte[] Body, string? MediaType);
