using System.Security.Cryptography;
using System.Text;

namespace AceStep.Client;

/// <summary>
/// Job ids come from the server and are untrusted. This decides which ids the client accepts and turns any id
/// into a safe file-name stem (no separators, no <c>..</c>, no control characters, bounded length).
/// </summary>
public static class JobIdSanitizer
{
    /// <summary>The longest id the client accepts from a server (real ids are 36-character UUIDs or <c>chatcmpl-</c> + 24 hex).</summary>
    public const int MaxIdLength = 128;

    private const int MaxStemLength = 100;

    /// <summary>True when the id is 1–128 characters of ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, and is neither <c>.</c>-led nor contains <c>..</c>.</summary>
    public static bool IsSafe(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || id[0] == '.' || id.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!IsSafeChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A file-name stem for the id: safe ids are returned unchanged; anything else has its unsafe characters
    /// replaced and a short hash of the original appended, so two different ids never share a stem.
    /// </summary>
    public static string ToFileStem(string? id)
    {
        if (IsSafe(id) && id!.Length <= MaxStemLength)
        {
            return id;
        }

        var original = id ?? string.Empty;
        var builder = new StringBuilder(Math.Min(original.Length, MaxStemLength));
        foreach (var c in original)
        {
            if (builder.Length == MaxStemLength)
            {
                break;
            }

            var safe = IsSafeChar(c) ? c : '_';
            var previous = builder.Length > 0 ? builder[^1] : '\0';
            if (safe == '.' && (builder.Length == 0 || previous == '.'))
            {
                safe = '_';
            }

            builder.Append(safe);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(original)))[..8];
        var stem = builder.ToString().TrimStart('_', '.').TrimEnd('_');
        return stem.Length == 0 ? $"job-{hash}" : $"{stem}-{hash}";
    }

    /// <exception cref="ArgumentException">The id is not <see cref="IsSafe"/>; the message quotes only its safe stem.</exception>
    internal static void RequireSafe(string? id, string paramName)
    {
        if (!IsSafe(id))
        {
            throw new ArgumentException($"'{ToFileStem(id)}' is not a valid job id.", paramName);
        }
    }

    private static bool IsSafeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
