namespace AceStep.Client.Audio;

/// <summary>The audio file references a server hands out, checked before anything follows them.</summary>
internal static class AudioFileUrl
{
    /// <summary>
    /// A file reference must be a path on the same server (<c>/v1/audio?path=…</c>). An absolute or
    /// protocol-relative URL would send the request, and the API key with it, to another host.
    /// </summary>
    public static string Validate(string file, string endpoint)
    {
        var valid = file.Length <= 4096
            && file.StartsWith('/')
            && !file.StartsWith("//", StringComparison.Ordinal)
            && !file.Any(static c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
        if (!valid)
        {
            throw new AceStepProtocolException(
                $"{endpoint}: the audio file reference is not a path on this server; refusing to follow it.",
                new AceStepErrorDetails(endpoint));
        }

        return file;
    }
}
