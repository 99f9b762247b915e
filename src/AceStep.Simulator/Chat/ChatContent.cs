using System.Globalization;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Chat;

/// <summary>The Markdown <c>message.content</c> built from a job's result (see docs/protocol.md, "Chat completions").</summary>
internal static class ChatContent
{
    public static string For(SongDecision song)
    {
        var metadata = new List<string>();
        var caption = FirstNonEmpty(song.OriginalPrompt, song.LmCaption, song.Prompt);
        if (caption.Length > 0)
        {
            metadata.Add($"**Caption:** {caption}");
        }

        if (song.ReportedBpm is { } bpm and not 0)
        {
            metadata.Add(string.Create(CultureInfo.InvariantCulture, $"**BPM:** {bpm}"));
        }

        if (song.ReportedDuration is { } duration and not 0)
        {
            var shown = song.DurationFromUser
                ? JsonWriting.FormatPythonFloat(duration)
                : Math.Round(duration).ToString(CultureInfo.InvariantCulture);
            metadata.Add($"**Duration:** {shown}s");
        }

        if (!string.IsNullOrEmpty(song.ReportedKeyScale))
        {
            metadata.Add($"**Key:** {song.ReportedKeyScale}");
        }

        if (!string.IsNullOrEmpty(song.ReportedTimeSignature))
        {
            metadata.Add($"**Time Signature:** {song.ReportedTimeSignature}");
        }

        var sections = new List<string>();
        if (metadata.Count > 0)
        {
            sections.Add("## Metadata\n" + string.Join('\n', metadata));
        }

        var lyrics = song.Lyrics.Trim();
        if (lyrics.Length > 0 && !IsInstrumentalMarker(lyrics))
        {
            sections.Add("## Lyrics\n" + song.Lyrics);
        }

        return sections.Count == 0 ? "Music generated successfully." : string.Join("\n\n", sections);
    }

    private static bool IsInstrumentalMarker(string lyrics) =>
        lyrics.Equals("[inst]", StringComparison.OrdinalIgnoreCase) || lyrics.Equals("[instrumental]", StringComparison.OrdinalIgnoreCase);

    private static string FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? string.Empty;
}
