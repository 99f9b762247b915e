using AceStep.Cli.Generation;

namespace AceStep.Cli.MusicVideo;

/// <summary><c>acestep video</c>, parsed: the song to generate and how its video looks.</summary>
internal sealed record VideoOptions(GenerateOptions Generate, VideoLook Look);
