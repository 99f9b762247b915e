using AceStep.Lyrics.Text;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>
/// The old transcription script's line breaking, kept here as the baseline to compare with: a line ends only after
/// punctuation or a pause longer than 1.5 s (Whisper's words carry no punctuation, so for them only pauses count).
/// </summary>
internal static class GapOnlyLines
{
    public static List<string> Build(Transcript transcript)
    {
        var lines = new List<string>();
        var current = new List<string>();
        for (var i = 0; i < transcript.Words.Count; i++)
        {
            var word = transcript.Words[i];
            current.Add(word.Text.Trim());
            var last = i == transcript.Words.Count - 1;
            if (last || ".!?。！？，,".Contains(word.Text.Trim()[^1], StringComparison.Ordinal) || transcript.Words[i + 1].Start - word.End > 1.5)
            {
                lines.Add(WordJoiner.Join(current).TrimEnd('，', '。', ',', '.'));
                current.Clear();
            }
        }

        return lines;
    }
}
