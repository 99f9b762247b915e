namespace AceStep.Simulator.Audio.Spectral;

/// <summary>A level that falls in steps after an onset: the first step whose end lies beyond the time wins, then silence.</summary>
internal sealed class StepEnvelope(params (double UntilSeconds, int Level)[] steps)
{
    public int LevelAt(double secondsSinceOnset)
    {
        foreach (var (untilSeconds, level) in steps)
        {
            if (secondsSinceOnset < untilSeconds)
            {
                return level;
            }
        }

        return 0;
    }
}
