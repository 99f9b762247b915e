using System.Globalization;

namespace AceStep.Simulator.Jobs;

/// <summary>Reads the model's time-signature convention ("2", "3", "4", "6") or a "3/4"-style value.</summary>
internal static class TimeSignatures
{
    public static int BeatsPerBar(string timeSignature)
    {
        var numerator = timeSignature.Split('/')[0].Trim();
        return int.TryParse(numerator, NumberStyles.None, CultureInfo.InvariantCulture, out var beats) && beats is >= 1 and <= 16 ? beats : 4;
    }
}
