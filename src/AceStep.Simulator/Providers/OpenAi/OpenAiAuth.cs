namespace AceStep.Simulator.Providers.OpenAi;

/// <summary>OpenAI's Bearer check and its two 401 answers; the wrong-key answer quotes the key masked, as OpenAI does.</summary>
internal static class OpenAiAuth
{
    public static async Task<bool> RejectAsync(HttpContext context, string? expectedKey, OpenAiTranscriptionEndpoint endpoint)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var key = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(key))
        {
            await endpoint.WriteErrorAsync(context, 401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
                null, null);
            return true;
        }

        if (expectedKey is not null && key != expectedKey)
        {
            await endpoint.WriteErrorAsync(context, 401,
                $"Incorrect API key provided: {Masked(key)}. You can find your API key at https://platform.openai.com/account/api-keys.",
                "invalid_api_key", null);
            return true;
        }

        return false;
    }

    /// <summary>The first characters and the last four, the middle as asterisks: <c>sk-canar********1234</c>.</summary>
    private static string Masked(string key)
    {
        if (key.Length <= 8)
        {
            return new string('*', key.Length);
        }

        var shown = Math.Min(8, key.Length / 4);
        return key[..shown] + new string('*', key.Length - shown - 4) + key[^4..];
    }
}
