namespace AceStep.Cli.Commands.Thumbnail;

/// <summary><c>acestep thumbnail</c>, parsed: the prompt and/or the song it is for, the image's shape, size, model and file.</summary>
internal sealed record ThumbnailOptions(string? Prompt, string? From, string AspectRatio, string Size, string? Model, string? OutputPath);
