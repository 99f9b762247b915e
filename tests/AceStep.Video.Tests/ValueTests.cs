namespace AceStep.Video.Tests;

public sealed class ValueTests
{
    [Theory]
    [InlineData("16:9", 1920, 1080)]
    [InlineData("9:16", 1080, 1920)]
    [InlineData("1:1", 1080, 1080)]
    [InlineData("portrait", 1080, 1920)]
    [InlineData("720x1280", 720, 1280)]
    [InlineData("1280×720", 1280, 720)]
    public void Sizes_read_presets_and_width_by_height(string text, int width, int height)
    {
        Assert.True(VideoFrameSize.TryParse(text, out var size, out var error), error);
        Assert.Equal((width, height), (size.Width, size.Height));
    }

    [Theory]
    [InlineData("4:3", "not a size")]
    [InlineData("721x1280", "even")]
    [InlineData("100x100", "320 to 4096")]
    public void Bad_sizes_say_what_is_wrong(string text, string expected)
    {
        Assert.False(VideoFrameSize.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("h264", VideoCodec.H264, ".mp4")]
    [InlineData("H265", VideoCodec.H265, ".mp4")]
    [InlineData("vp9", VideoCodec.Vp9, ".webm")]
    public void Codec_names_map_to_codecs_and_their_containers(string name, VideoCodec codec, string extension)
    {
        Assert.True(VideoCodecNames.TryParse(name, out var parsed));
        Assert.Equal(codec, parsed);
        Assert.Equal(extension, parsed.FileExtension());
        Assert.Equal(name.ToLowerInvariant(), parsed.ToName());
    }

    [Fact]
    public void Every_chat_platform_has_one_limit_with_a_target_beneath_it_and_a_date_checked()
    {
        Assert.Equal(Enum.GetValues<ChatPlatform>().Length, ChatPlatformLimits.All.Count);
        Assert.All(ChatPlatformLimits.All, limit => Assert.InRange(limit.TargetBytes, 1, limit.LimitBytes - 1));
        Assert.True(ChatPlatformLimits.TryParse("WhatsApp", out var whatsApp));
        Assert.Equal(16_000_000, whatsApp.LimitBytes);
        Assert.True(ChatPlatformLimits.TryParse("discord-nitro", out var nitro));
        Assert.Equal(ChatPlatform.DiscordNitro, nitro.Platform);
        Assert.False(ChatPlatformLimits.TryParse("myspace", out _));
        Assert.True(ChatPlatformLimits.CheckedOn.Year >= 2026);
    }
}
