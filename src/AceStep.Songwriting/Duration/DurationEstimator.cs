using System.Globalization;
using AceStep.Songwriting.Parsing;

namespace AceStep.Songwriting.Duration;

/// <summary>Estimates the song length from its sections and tempo with the numbers of <see cref="DurationModel"/>.</summary>
internal static class DurationEstimator
{
    public static DurationEstimate Estimate(LyricsDocument lyrics, int? bpm)
    {
        var assumed = bpm is not (>= 30 and <= 300);
        var tempo = assumed ? DurationModel.AssumedBpm : bpm!.Value;
        var secondsPerBeat = 60.0 / tempo;
        var timings = lyrics.Sections.Select(section => Time(section, secondsPerBeat)).ToList();
        var sungLines = timings.Sum(timing => timing.SungLines);

        var typical = timings.Sum(timing => timing.Seconds);
        var minimum = timings.Sum(timing => timing.Minimum);
        var maximum = timings.Sum(timing => timing.Maximum);
        if (sungLines == 0)
        {
            typical = Math.Max(typical, DurationModel.InstrumentalPieceTypical);
            minimum = Math.Max(minimum, DurationModel.InstrumentalPieceMinimum);
            maximum = Math.Max(maximum, DurationModel.InstrumentalPieceMaximum);
        }

        var seconds = (int)Clamp(Math.Ceiling(typical / DurationModel.RoundTo) * DurationModel.RoundTo);
        var low = (int)Clamp(Math.Floor(minimum));
        var high = (int)Clamp(Math.Max(Math.Ceiling(maximum), seconds));
        var basis = Describe(timings, tempo, assumed, secondsPerBeat, typical, seconds, low, high);
        return new DurationEstimate(seconds, Math.Min(low, seconds), high, tempo, assumed, sungLines, timings, basis);
    }

    private static SectionTiming Time(LyricsSection section, double secondsPerBeat)
    {
        var lines = section.Lines.Count;
        return section.Role switch
        {
            SectionRole.Vocal => new SectionTiming(
                section.Name, section.StartLine, SectionRole.Vocal, lines,
                (lines * DurationModel.BeatsPerLine + DurationModel.TurnaroundBeats) * secondsPerBeat,
                lines * DurationModel.BeatsPerLine * secondsPerBeat,
                (lines * DurationModel.BeatsPerLine + DurationModel.MaxTurnaroundBeats) * secondsPerBeat),
            SectionRole.Intro or SectionRole.Outro => new SectionTiming(
                section.Name, section.StartLine, section.Role, lines,
                Math.Clamp(DurationModel.IntroBeats * secondsPerBeat, DurationModel.IntroMinimum, DurationModel.IntroMaximum),
                DurationModel.IntroMinimum, DurationModel.IntroMaximum),
            SectionRole.Silence => new SectionTiming(
                section.Name, section.StartLine, SectionRole.Silence, lines,
                DurationModel.Silence, DurationModel.SilenceMinimum, DurationModel.SilenceMaximum),
            _ => new SectionTiming(
                section.Name, section.StartLine, SectionRole.Instrumental, lines,
                Math.Clamp(DurationModel.InstrumentalBeats * secondsPerBeat, DurationModel.InstrumentalMinimum, DurationModel.InstrumentalMaximum),
                DurationModel.InstrumentalMinimum, DurationModel.InstrumentalMaximum),
        };
    }

    private static double Clamp(double seconds) => Math.Clamp(seconds, DurationModel.ServerMinimum, DurationModel.ServerMaximum);

    private static string Describe(
        List<SectionTiming> timings, int tempo, bool assumed, double secondsPerBeat, double typical, int seconds, int low, int high)
    {
        var parts = new List<string>();
        var tempoText = assumed
            ? $"{tempo} BPM (assumed: no BPM given, the model picks one)"
            : $"{tempo} BPM";
        var vocal = timings.Where(timing => timing.Role == SectionRole.Vocal).ToList();
        if (vocal.Count > 0)
        {
            var lines = vocal.Sum(timing => timing.SungLines);
            parts.Add(Invariant($"{Count(lines, "sung line")} × {DurationModel.BeatsPerLine} beats at {tempoText} = {lines * DurationModel.BeatsPerLine * secondsPerBeat:0} s"));
            parts.Add(Invariant($"{Count(vocal.Count, "section turnaround")} of {DurationModel.TurnaroundBeats} beats = {vocal.Count * DurationModel.TurnaroundBeats * secondsPerBeat:0} s"));
        }
        else
        {
            parts.Add(Invariant($"no sung lines: an instrumental piece at {tempoText}, best at {DurationModel.InstrumentalPieceMinimum}–{DurationModel.InstrumentalPieceMaximum} s"));
        }

        AddRole(parts, timings, SectionRole.Intro, "intro");
        AddRole(parts, timings, SectionRole.Outro, "outro");
        AddRole(parts, timings, SectionRole.Instrumental, "instrumental section");
        AddRole(parts, timings, SectionRole.Silence, "silence");
        return Invariant($"{string.Join("; ", parts)}; total {typical:0} s, rounded up to {seconds} s (range {low}–{high} s).");
    }

    private static void AddRole(List<string> parts, List<SectionTiming> timings, SectionRole role, string name)
    {
        var matching = timings.Where(timing => timing.Role == role).ToList();
        if (matching.Count > 0)
        {
            parts.Add(Invariant($"{Count(matching.Count, name)} {matching.Sum(timing => timing.Seconds):0} s"));
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : Invariant($"{count} {noun}s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
