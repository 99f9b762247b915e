using System.Text.RegularExpressions;

namespace AceStep.Providers.Transport;

/// <summary>
/// Removes the key from text that came from a provider before it reaches a message. OpenAI's 401 quotes the key
/// it was given in masked form (<c>sk-pr********wxyz</c>): such masked echoes go too, since they reveal part of it.
/// </summary>
internal static partial class SecretRedactor
{
    private const string Redacted = "[redacted]";

    public static string Redact(string text, string? key)
    {
        if (!string.IsNullOrEmpty(key))
        {
            text = text.Replace(key, Redacted, StringComparison.Ordinal);
        }

        return MaskedKeyEcho().Replace(text, Redacted);
    }

    /// <summary>A token with a run of three or more asterisks between key-like characters.</summary>
    [GeneratedRegex(@"[A-Za-z0-9_\-]*\*{3,}[A-Za-z0-9_\-]*")]
    private static partial Regex MaskedKeyEcho();
}
