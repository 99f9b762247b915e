namespace AceStep.Video;

/// <summary>The video codec of the output: H.264 and H.265 go into MP4 with AAC audio, VP9 into WebM with Opus audio.</summary>
public enum VideoCodec
{
    H264,
    H265,
    Vp9,
}
