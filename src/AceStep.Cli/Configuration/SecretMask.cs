namespace AceStep.Cli.Configuration;

/// <summary>How a secret is shown wherever its value would stand: that one is set, never what it is.</summary>
internal static class SecretMask
{
    public const string Shown = "***";

    /// <summary><see cref="Shown"/> for a set secret, empty for an unset one.</summary>
    public static string Of(string? secret) => string.IsNullOrEmpty(secret) ? "" : Shown;
}
