using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// POST /create_random_sample (body auth): one random canned example, in upstream's raw example-file
/// shape — a description for <c>simple_mode</c>, a full song for any other <c>sample_type</c>.
/// </summary>
internal sealed class RandomSampleEndpoint(SimulatorContext context) : SimpleBodyEndpoint(context, runsLanguageModel: false)
{
    protected override async Task AnswerAsync(HttpContext http, JsonObject body)
    {
        var simple = (PythonValues.ToText(body["sample_type"]) ?? "simple_mode") == "simple_mode";
        var song = CannedSongs.All[Context.SampleRandom.Next(CannedSongs.All.Count)];
        await JsonResponses.WriteEnvelopeAsync(http, Context.Clock, (song, simple), static (w, s) =>
        {
            w.WriteStartObject();
            if (s.simple)
            {
                w.WriteString("description", s.song.Description);
                w.WriteBoolean("instrumental", s.song.Instrumental);
                w.WriteString("vocal_language", s.song.Language);
            }
            else
            {
                w.WriteBoolean("think", true);
                w.WriteString("caption", s.song.Caption);
                w.WriteString("lyrics", s.song.Lyrics);
                w.WriteNumber("bpm", s.song.Bpm);
                w.WriteNumber("duration", s.song.Duration);
                w.WriteString("keyscale", s.song.KeyScale);
                w.WriteString("language", s.song.Language);
                w.WriteString("timesignature", s.song.TimeSignature);
            }

            w.WriteEndObject();
        });
    }
}
