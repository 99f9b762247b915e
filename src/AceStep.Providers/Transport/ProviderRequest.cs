namespace AceStep.Providers.Transport;

/// <summary>One logical request: sent again on a retry, so its body is made afresh for each attempt.</summary>
/// <param name="Operation">How the request is named in messages, e.g. <c>POST /audio/transcriptions</c>.</param>
/// <param name="RelativePath">Appended to the endpoint, e.g. <c>audio/transcriptions</c>.</param>
/// <param name="CreateContent">Builds the body for one attempt (a file upload reopens the file).</param>
/// <param name="MaxResponseBytes">Largest answer read; a bigger one is refused as a broken answer.</param>
internal sealed record ProviderRequest(string Operation, string RelativePath, Func<HttpContent> CreateContent, int MaxResponseBytes);
