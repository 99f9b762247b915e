using System.Globalization;
using System.Text;

namespace AceStep.Simulator.Jobs;

/// <summary>The Markdown summary upstream puts in <c>generation_info</c> (free text; clients only display it).</summary>
internal static class GenerationInfo
{
    public static string Describe(SongDecision song, long[] seeds, int steps, TimeSpan elapsed, int tracks)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"**🎯 Average Time per Track: {elapsed.TotalSeconds / tracks:0.00}s** ({tracks} track(s))\n\n");
        if (song.UsedLm)
        {
            text.Append("**🤖 LM-Generated Metadata:**\n");
            text.Append(c, $"- **BPM:** {song.RenderBpm}\n");
            text.Append(c, $"- **Duration:** {song.RenderDuration:0.##}s\n");
            text.Append(c, $"- **Key Scale:** {song.RenderKeyScale}\n");
            text.Append(c, $"- **Time Signature:** {song.RenderTimeSignature}\n\n");
        }

        text.Append("**⏱️ Time Costs:**\n");
        text.Append(c, $"- Total: {elapsed.TotalSeconds:0.00}s (simulated)\n\n");
        text.Append(c, $"**🎲 Seeds:** {string.Join(", ", seeds)}\n");
        text.Append(c, $"**🔢 Steps:** {steps}");
        return text.ToString();
    }
}
