namespace AceStep.Songwriting;

/// <summary>
/// How long the song should be for its lyrics: <see cref="Seconds"/> is the suggested <c>--duration</c> (a multiple of
/// 5), <see cref="Minimum"/> the length below which the lyrics are rushed, <see cref="Maximum"/> the most the
/// structure fills. <see cref="Basis"/> says how the numbers were reached, for people and agents.
/// </summary>
public sealed record DurationEstimate(
    int Seconds,
    int Minimum,
    int Maximum,
    int Bpm,
    bool BpmAssumed,
    int SungLines,
    IReadOnlyList<SectionTiming> Sections,
    string Basis);
