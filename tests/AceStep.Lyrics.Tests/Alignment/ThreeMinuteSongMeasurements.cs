using System.Diagnostics;
using AceStep.Lyrics.Alignment;
using AceStep.Lyrics.Lines;
using AceStep.Lyrics.Sheets;
using AceStep.Lyrics.Tests.Synthetic;
using Xunit.Abstractions;

namespace AceStep.Lyrics.Tests.Alignment;

/// <summary>
/// The figures docs/lyrics.md quotes, for a synthetic three-minute song heard with mishearings, missed and extra words
/// and jittered times. Run with <c>-c Release --logger "console;verbosity=detailed"</c> to see them. Times are the best
/// of ten runs, as wall-clock and as the process's CPU time (steadier on a shared machine); the assertions hold the
/// quality bars, not the times. The class runs alone so that other tests do not add to the CPU time.
/// </summary>
[Collection(nameof(ThreeMinuteSongMeasurements))]
[CollectionDefinition(nameof(ThreeMinuteSongMeasurements), DisableParallelization = true)]
public class ThreeMinuteSongMeasurements(ITestOutputHelper output)
{
    private const int Seed = 20260401;

    [Fact]
    public void An_English_song_aligns_with_its_words_restored_and_lines_within_0_3_s()
    {
        var performance = new SyntheticSinger(new Random(Seed), new PerformanceOptions()).Sing(SongLyrics.English);

        var (result, time) = TimeAlignment(performance, SongLyrics.English);

        output.WriteLine($"English: {performance.Heard.Words.Count} heard words, {result.Statistics.WrittenTokens} written, song {performance.DurationSeconds:0} s");
        output.WriteLine($"  match rate {result.MatchRate:P1}; matched {result.Statistics.Matched}, substituted {result.Statistics.Substituted}, interpolated {result.Statistics.Interpolated}, extra heard {result.Statistics.ExtraHeard}");
        output.WriteLine($"  alignment {time}");
        AssertFaithful(performance, result, minimumMatchRate: 0.8);
    }

    [Fact]
    public void A_Chinese_song_aligns_character_by_character()
    {
        var performance = new SyntheticSinger(new Random(Seed), new PerformanceOptions { Language = "zh" }).Sing(SongLyrics.Chinese);

        var (result, time) = TimeAlignment(performance, SongLyrics.Chinese);

        output.WriteLine($"Chinese: {performance.Heard.Words.Count} heard words, {result.Statistics.WrittenTokens} written characters, song {performance.DurationSeconds:0} s");
        output.WriteLine($"  match rate {result.MatchRate:P1}; alignment {time}");
        AssertFaithful(performance, result, minimumMatchRate: 0.75);
    }

    [Fact]
    public void The_line_builder_keeps_lines_short_where_gap_only_breaking_runs_them_together()
    {
        var performance = new SyntheticSinger(new Random(Seed), new PerformanceOptions()).Sing(SongLyrics.English);

        var gapOnly = LineLengthStatistics.Of(GapOnlyLines.Build(performance.Heard));
        var withSegments = LineLengthStatistics.Of(LineBuilder.Build(performance.Heard).Lines.Select(line => line.Text));
        var withoutSegments = LineLengthStatistics.Of(LineBuilder.Build(performance.Heard, new LineBreakOptions { UseSegments = false }).Lines.Select(line => line.Text));
        var truth = LineLengthStatistics.Of(performance.Truth.Select(line => line.Text));

        output.WriteLine($"characters per line, raw gap-only breaking:         {gapOnly}");
        output.WriteLine($"characters per line, line builder (segments):       {withSegments}");
        output.WriteLine($"characters per line, line builder (no segments):    {withoutSegments}");
        output.WriteLine($"characters per line, the lyrics as written:         {truth}");
        var punctuated = new SyntheticSinger(new Random(Seed), new PerformanceOptions { WhisperStyle = false }).Sing(SongLyrics.English).Heard;
        output.WriteLine($"characters per line, gap-only, words with punctuation: {LineLengthStatistics.Of(GapOnlyLines.Build(punctuated))}");
        output.WriteLine($"characters per line, builder, words with punctuation:  {LineLengthStatistics.Of(LineBuilder.Build(punctuated).Lines.Select(line => line.Text))}");
        Assert.True(gapOnly.Max > 100, $"the baseline should run lines together: {gapOnly}");
        Assert.True(withSegments.Max <= 42 && withoutSegments.Max <= 42, $"{withSegments} / {withoutSegments}");
        Assert.True(withSegments.Median >= 20, $"lines should not be cut into fragments: {withSegments}");
    }

    [Fact]
    public void Alignment_of_a_ten_minute_song_stays_fast()
    {
        var tenMinutes = string.Join("\n\n", Enumerable.Repeat(SongLyrics.English, 3));
        var performance = new SyntheticSinger(new Random(Seed), new PerformanceOptions()).Sing(tenMinutes);

        var (result, time) = TimeAlignment(performance, tenMinutes);

        output.WriteLine($"Ten minutes: {performance.Heard.Words.Count} heard x {result.Statistics.WrittenTokens} written tokens, song {performance.DurationSeconds:0} s: {time}, match {result.MatchRate:P1}");
        Assert.False(result.UsedFallback);
    }

    private static (AlignmentResult Result, string Time) TimeAlignment(Performance performance, string lyrics)
    {
        var sheet = LyricsSheet.Parse(lyrics);
        var result = LyricsAligner.Align(performance.Heard, sheet);
        var process = Process.GetCurrentProcess();
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var run = 0; run < 10; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            LyricsAligner.Align(performance.Heard, sheet);
            bestWall = Math.Min(bestWall, stopwatch.Elapsed.TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        return (result, $"{bestWall:0.0} ms wall, {bestCpu:0.0} ms CPU (best of 10)");
    }

    private void AssertFaithful(Performance performance, AlignmentResult result, double minimumMatchRate)
    {
        Assert.False(result.UsedFallback);
        Assert.True(result.MatchRate >= minimumMatchRate, $"match rate {result.MatchRate:P1}");
        Assert.Equal(performance.Truth.Select(line => line.Text), result.Lyrics.Lines.Select(line => line.Text));
        var startErrors = performance.Truth.Zip(result.Lyrics.Lines, (sung, timed) => Math.Abs(sung.Start - timed.Start)).Order().ToArray();
        output.WriteLine($"  line start error: median {startErrors[startErrors.Length / 2]:0.000} s, max {startErrors[^1]:0.000} s, within 0.3 s: {startErrors.Count(error => error <= 0.3)}/{startErrors.Length}");
        Assert.True(startErrors.Count(error => error <= 0.3) >= 0.95 * startErrors.Length, $"max error {startErrors[^1]:0.000} s");
        for (var i = 1; i < result.Lyrics.Lines.Count; i++)
        {
            Assert.True(result.Lyrics.Lines[i - 1].End <= result.Lyrics.Lines[i].Start, $"lines {i - 1} and {i} overlap");
        }
    }
}
