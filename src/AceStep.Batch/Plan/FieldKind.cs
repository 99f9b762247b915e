namespace AceStep.Batch;

/// <summary>How a plan field's value is read and checked.</summary>
internal enum FieldKind
{
    Text,
    Flag,
    WholeNumber,
    Number,
    Seeds,
    AudioPath,
    LyricsFile,
    TaskType,
    AudioFormat,
}
