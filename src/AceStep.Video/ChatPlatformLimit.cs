namespace AceStep.Video;

/// <summary>
/// One platform's upload limit for a video sent as a video, and the size we aim for beneath it (a margin for the
/// platforms that count megabytes as 1,000,000 bytes and those that count 1,048,576).
/// </summary>
public sealed record ChatPlatformLimit(ChatPlatform Platform, string Name, long LimitBytes, long TargetBytes, string Note);
