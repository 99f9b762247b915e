using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// POST /format_input (body auth): the simulated LM tidies the caption and fills missing metadata,
/// deterministically from the text.
/// </summary>
internal sealed class FormatInputEndpoint(SimulatorContext context) : SimpleBodyEndpoint(context, runsLanguageModel: true)
{
    protected override async Task AnswerAsync(HttpContext http, JsonObject body)
    {
        var prompt = PythonValues.ToText(body["prompt"]) ?? string.Empty;
        var lyrics = PythonValues.ToText(body["lyrics"]) ?? string.Empty;
        var hints = new ParameterSources(ParameterSources.AsObject(body["param_obj"]) ?? []);
        var request = new GenerationParameters
        {
            Prompt = prompt,
            Lyrics = lyrics,
            UseFormat = true,
            Bpm = hints.Int("bpm"),
            Duration = hints.Float("duration") is > 0 and var d ? d : null,
            KeyScale = hints.Text("key", "key_scale") ?? string.Empty,
            TimeSignature = hints.Text("time_signature") ?? PythonValues.ToText(body["time_signature"]) ?? string.Empty,
            VocalLanguage = hints.Text("language") ?? "unknown",
        };
        var song = SongDecider.Decide(request, TextSeed.Of(prompt + "\n" + lyrics), lmRuns: true);
        await JsonResponses.WriteEnvelopeAsync(http, Context.Clock, song, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("caption", s.Prompt);
            w.WriteString("lyrics", s.Lyrics);
            w.WriteNumber("bpm", s.RenderBpm);
            w.WriteString("key_scale", s.RenderKeyScale);
            w.WriteString("time_signature", s.RenderTimeSignature);
            w.WriteNumber("duration", (long)Math.Round(s.RenderDuration));
            w.WriteString("vocal_language", s.VocalLanguage);
            w.WriteEndObject();
        });
    }
}
