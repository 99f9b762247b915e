using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// How a video looks and how big it may be, as the flags shared by <c>mv</c> and <c>video</c> give it. A null
/// <see cref="Title"/> means "from the song's caption"; <see cref="MakeCover"/> asks for a background made for the song
/// when <see cref="BackgroundPath"/> gives none.
/// </summary>
internal sealed record VideoLook(
    string? Title,
    string? Subtitle,
    string? Credit,
    string? BackgroundPath,
    double OffsetSeconds,
    VideoFrameSize FrameSize,
    VideoCodec Codec,
    string? FontPath,
    VideoSizeLimit? SizeLimit,
    bool MakeCover = false);

/// <summary>A size limit in bytes, and where it came from (<c>--max-size 15</c> or <c>--for whatsapp</c>) for messages.</summary>
internal sealed record VideoSizeLimit(long Bytes, string Label);
