namespace AceStep.Simulator.Jobs;

/// <summary>Which route created a job; chat jobs default to one file and nobody polls them.</summary>
internal enum JobKind
{
    Native,
    Chat,
}
