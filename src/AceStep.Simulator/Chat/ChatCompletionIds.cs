using System.Security.Cryptography;

namespace AceStep.Simulator.Chat;

/// <summary>Completion ids: <c>chatcmpl-</c> plus 16 hex characters in B, 24 in A.</summary>
internal static class ChatCompletionIds
{
    public static string New(ServerVersion version) =>
        "chatcmpl-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(version == ServerVersion.B ? 8 : 12));
}
