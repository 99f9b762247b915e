namespace AceStep.Cli.Artwork;

/// <summary>
/// A cover or background image to make: the prompt as given, or the song's (made from its caption), the shape and
/// resolution Gemini accepts, and the model (null: <c>gemini.model</c>).
/// </summary>
internal sealed record CoverRequest(string? Prompt, Songs.SongSource? Song, string AspectRatio, string Size, string? Model);
