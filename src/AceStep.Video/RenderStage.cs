namespace AceStep.Video;

public enum RenderStage
{
    /// <summary>Decoding the audio and measuring its spectrum.</summary>
    Analysing,

    /// <summary>Drawing frames and encoding them.</summary>
    Rendering,

    /// <summary>Encoding the video again to fit a size limit (<see cref="RenderProgress.Attempt"/> counts the tries).</summary>
    Compressing,

    Done,
}
