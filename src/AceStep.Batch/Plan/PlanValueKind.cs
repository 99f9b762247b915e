namespace AceStep.Batch;

internal enum PlanValueKind
{
    Null,
    Text,
    Number,
    Flag,
    List,
    Mapping,
}
