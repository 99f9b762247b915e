namespace AceStep.Video;

/// <summary>
/// The upload limits of the chat platforms, all in one table, as checked on <see cref="CheckedOn"/>. Platforms change
/// these; docs/mv.md carries the same table and says how to update it.
/// </summary>
public static class ChatPlatformLimits
{
    private const long Megabyte = 1_000_000;

    public static DateOnly CheckedOn { get; } = new(2026, 12, 6);

    public static IReadOnlyList<ChatPlatformLimit> All { get; } =
    [
        new(ChatPlatform.WhatsApp, "whatsapp", 16 * Megabyte, 15 * Megabyte, "a video sent as media; as a document up to 2 GB"),
        new(ChatPlatform.Telegram, "telegram", 50 * Megabyte, 48 * Megabyte, "the Bot API's limit for sendVideo; a personal account may send 2 GB"),
        new(ChatPlatform.Discord, "discord", 10 * Megabyte, 9_500_000, "free accounts, since late 2024 (was 25 MB)"),
        new(ChatPlatform.DiscordNitro, "discord-nitro", 500 * Megabyte, 490 * Megabyte, "Nitro (Nitro Basic: 50 MB)"),
        new(ChatPlatform.Slack, "slack", 1_000 * Megabyte, 990 * Megabyte, "any file; a 1080p song is far below it"),
    ];

    public static ChatPlatformLimit For(ChatPlatform platform) => All.First(limit => limit.Platform == platform);

    /// <summary>Reads a platform name as a command line gives it (<c>whatsapp</c>, <c>discord-nitro</c>…), ignoring case.</summary>
    public static bool TryParse(string? name, out ChatPlatformLimit limit)
    {
        limit = All.FirstOrDefault(entry => string.Equals(entry.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return limit is not null;
    }
}
