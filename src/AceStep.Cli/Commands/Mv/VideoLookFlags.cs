using System.CommandLine;
using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.MusicVideo;
using AceStep.Video;

namespace AceStep.Cli.Commands.Mv;

/// <summary>The flags of <c>mv</c> and <c>video</c> that shape the picture and the file: title, background, size, codec.</summary>
internal sealed class VideoLookFlags
{
    private const double MaximumOffsetSeconds = 600;

    public Option<string> Title { get; } = new("--title") { Description = "Title at the top (default: the song's caption, one line, at most 50 characters)", HelpName = "TEXT" };

    public Option<string> Subtitle { get; } = new("--subtitle") { Description = "Line under the title", HelpName = "TEXT" };

    public Option<string> Credit { get; } = new("--credit") { Description = "Small line at the bottom, e.g. \"Made with ACE-Step\"", HelpName = "TEXT" };

    public Option<string> Background { get; } = new("--background") { Description = "Background picture (PNG, JPEG, WebP), scaled to cover and dimmed; default: an animated gradient", HelpName = "IMAGE" };

    public Option<bool> Cover { get; } = new("--cover") { Description = "Make the background for the song with Gemini (as acestep thumbnail --from does), saved as <job>_cover.<ext>; needs a Gemini key" };

    public Option<string> Offset { get; } = new("--offset") { Description = "Seconds added to every lyric time: positive shows the lyrics later, negative earlier (default 0)", HelpName = "SECONDS" };

    public Option<string> Aspect { get; } = new("--aspect") { Description = "16:9 (1920x1080), 9:16 (1080x1920), 1:1 (1080x1080) or WIDTHxHEIGHT (default 16:9)", HelpName = "RATIO" };

    public Option<string> Codec { get; } = new("--codec") { Description = "h264 (MP4), h265 (MP4) or vp9 (WebM) (default h264)", HelpName = "CODEC" };

    public Option<string> Font { get; } = new("--font") { Description = "Font file (TTF, OTF, TTC) used first for all text", HelpName = "FILE" };

    public Option<string> MaxSize { get; } = new("--max-size") { Description = "Largest file in MB (decimal, as chat platforms count); re-encoded in two passes to fit", HelpName = "MB" };

    public Option<string> For { get; } = new("--for") { Description = "Fit a chat platform's limit: whatsapp, telegram, discord, discord-nitro, slack", HelpName = "PLATFORM" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Title, Subtitle, Credit, Background, Cover, Offset, Aspect, Codec, Font, MaxSize, For })
        {
            command.Options.Add(option);
        }
    }

    public VideoLook Read(ParseResult parse)
    {
        var aspect = parse.GetValue(Aspect);
        var frameSize = VideoFrameSize.Landscape;
        if (aspect is not null && !VideoFrameSize.TryParse(aspect, out frameSize, out var sizeError))
        {
            throw CliException.InvalidInput($"--aspect: {sizeError}.", "Use 16:9, 9:16, 1:1 or WIDTHxHEIGHT, for example --aspect 9:16.");
        }

        var codecName = parse.GetValue(Codec);
        var codec = VideoCodec.H264;
        if (codecName is not null && !VideoCodecNames.TryParse(codecName, out codec))
        {
            throw CliException.InvalidInput($"--codec: '{codecName}' is not a codec.", $"Use one of: {string.Join(", ", VideoCodecNames.All)}.");
        }

        return new VideoLook(
            parse.GetValue(Title),
            parse.GetValue(Subtitle),
            parse.GetValue(Credit),
            parse.GetValue(Background),
            NumberParser.Decimal(parse.GetValue(Offset), "--offset", -MaximumOffsetSeconds, MaximumOffsetSeconds) ?? 0,
            frameSize,
            codec,
            parse.GetValue(Font),
            ReadSizeLimit(parse.GetValue(MaxSize), parse.GetValue(For)),
            parse.GetValue(Cover));
    }

    private static VideoSizeLimit? ReadSizeLimit(string? maxSize, string? platform)
    {
        if (maxSize is not null && platform is not null)
        {
            throw CliException.Usage("Give either --max-size or --for, not both.", "--for whatsapp is the same as --max-size 15 (WhatsApp's 16 MB with a margin).");
        }

        if (platform is not null)
        {
            if (!ChatPlatformLimits.TryParse(platform, out var limit))
            {
                throw CliException.InvalidInput(
                    $"--for: '{platform}' is not a platform I know.",
                    $"Use one of: {string.Join(", ", ChatPlatformLimits.All.Select(entry => entry.Name))}; or --max-size MB.");
            }

            return new VideoSizeLimit(limit.TargetBytes, string.Create(CultureInfo.InvariantCulture, $"{limit.Name} ({limit.TargetBytes / 1e6:0.##} MB)"));
        }

        var megabytes = NumberParser.Decimal(maxSize, "--max-size", 0, 1_000_000, minimumExclusive: true);
        return megabytes is { } value
            ? new VideoSizeLimit((long)Math.Round(value * 1_000_000), string.Create(CultureInfo.InvariantCulture, $"{value:0.##} MB"))
            : null;
    }
}
