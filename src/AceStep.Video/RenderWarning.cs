namespace AceStep.Video;

/// <summary>Something the render worked around: it is reported, never fatal.</summary>
public sealed record RenderWarning(RenderWarningKind Kind, string Message)
{
    public override string ToString() => Message;
}
