namespace AceStep.Batch;

/// <summary>How a server is spoken to.</summary>
public enum ServerMode
{
    /// <summary><c>/release_task</c> + <c>/query_result</c>: a job id at once, re-attachable after a crash.</summary>
    Native,

    /// <summary><c>/v1/chat/completions</c>: one long request; an interrupted one cannot be re-attached.</summary>
    Completion,
}
