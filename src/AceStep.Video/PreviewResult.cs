namespace AceStep.Video;

/// <summary>A preview frame written as PNG, and the warnings the full render would give.</summary>
public sealed record PreviewResult(string PngPath, TimeSpan At, IReadOnlyList<RenderWarning> Warnings);
