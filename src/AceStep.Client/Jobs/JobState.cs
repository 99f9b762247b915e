namespace AceStep.Client;

/// <summary>Where a native job stands.</summary>
public enum JobState
{
    /// <summary>The server does not know the id (status 0 with result <c>[]</c>): not started yet, or lost.</summary>
    Unknown,

    /// <summary>Waiting in the server's queue.</summary>
    Queued,

    /// <summary>Being generated.</summary>
    Running,

    /// <summary>Finished with audio (status 1).</summary>
    Succeeded,

    /// <summary>Finished without audio (status 2).</summary>
    Failed,
}
