namespace AceStep.Video;

/// <summary>Chat platforms whose upload limit a video can be fitted to (see <see cref="ChatPlatformLimits"/>).</summary>
public enum ChatPlatform
{
    WhatsApp,
    Telegram,
    Discord,
    DiscordNitro,
    Slack,
}
