using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// POST /v1/create_sample [B] (body auth): the simulated LM "invents" a song from a description by
/// picking the canned example the query hashes to (an instrumental one when asked for).
/// </summary>
internal sealed class CreateSampleEndpoint(SimulatorContext context) : SimpleBodyEndpoint(context, runsLanguageModel: true)
{
    protected override async Task AnswerAsync(HttpContext http, JsonObject body)
    {
        var query = PythonValues.ToText(body["query"]) ?? string.Empty;
        var instrumental = PythonValues.ToBool(body["instrumental"], false);
        var language = PythonValues.ToText(body["vocal_language"]) ?? "unknown";
        CannedSong[] candidates = [.. CannedSongs.All.Where(song => song.Instrumental == instrumental)];
        var chosen = candidates[(int)(TextSeed.Of(query) % candidates.Length)];
        var vocalLanguage = language is "unknown" or "" ? chosen.Language : language;
        await JsonResponses.WriteEnvelopeAsync(http, Context.Clock, (chosen, vocalLanguage), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("caption", s.chosen.Caption);
            w.WriteString("lyrics", s.chosen.Lyrics);
            w.WriteNumber("bpm", s.chosen.Bpm);
            w.WriteString("keyscale", s.chosen.KeyScale);
            w.WriteNumber("duration", s.chosen.Duration);
            w.WriteString("timesignature", s.chosen.TimeSignature);
            w.WriteString("vocal_language", s.vocalLanguage);
            w.WriteEndObject();
        });
    }
}
