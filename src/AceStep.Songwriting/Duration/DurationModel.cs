namespace AceStep.Songwriting.Duration;

/// <summary>
/// The numbers behind the duration estimate. A sung line takes about two bars of 4/4 (8 beats); a sung section adds a
/// one-bar turnaround before the next (0–2 bars); an intro or outro takes 5–10 s; an instrumental section 5–15 s.
/// Without a BPM the model chooses the tempo, so the estimate assumes 100 BPM, the slow end of mid-tempo, because a
/// song that is too short sounds rushed while a long one only gets a longer ending. Instrumental pieces work best at
/// 30–180 s; the server takes 10–600 s.
/// </summary>
internal static class DurationModel
{
    public const int AssumedBpm = 100;
    public const double BeatsPerLine = 8;
    public const double TurnaroundBeats = 4;
    public const double MaxTurnaroundBeats = 8;

    public const double IntroBeats = 16;
    public const double IntroMinimum = 5;
    public const double IntroMaximum = 10;

    public const double InstrumentalBeats = 32;
    public const double InstrumentalMinimum = 5;
    public const double InstrumentalMaximum = 15;

    public const double Silence = 2;
    public const double SilenceMinimum = 1;
    public const double SilenceMaximum = 4;

    public const double InstrumentalPieceMinimum = 30;
    public const double InstrumentalPieceTypical = 60;
    public const double InstrumentalPieceMaximum = 180;

    public const double ServerMinimum = 10;
    public const double ServerMaximum = 600;

    public const int RoundTo = 5;
}
