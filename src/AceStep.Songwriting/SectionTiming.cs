namespace AceStep.Songwriting;

/// <summary>One section's share of the duration estimate: its tag (or <c>(untagged lines)</c>), the line it starts on, and its time in seconds.</summary>
public sealed record SectionTiming(
    string Name,
    int Line,
    SectionRole Role,
    int SungLines,
    double Seconds,
    double Minimum,
    double Maximum);
