using System.Text.Json.Nodes;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Chat;

/// <summary>
/// The chat-to-job conversion in docs/protocol.md, "Chat completions": explicit lyrics/sample-mode overrides, the emptiness check, base64
/// audio decoded into temp files and routed by task type.
/// </summary>
internal static class ChatJobFactory
{
    public const string NothingToGenerate = "No valid prompt, lyrics, sample query, or input audio found in request";

    /// <summary>The effective caption, lyrics and sample query; null when the request has nothing to generate from.</summary>
    public static (string Caption, string Lyrics, string SampleQuery, bool SampleMode)? Resolve(ChatRequest request, ParsedPrompt parsed)
    {
        var rawText = parsed.AutoSampleMode ? parsed.SampleQuery : parsed.Caption;
        var caption = parsed.Caption;
        var lyrics = parsed.Lyrics;
        var sampleQuery = parsed.SampleQuery;
        var sampleMode = request.SampleMode || parsed.AutoSampleMode;
        if (request.Lyrics.Length > 0)
        {
            (caption, lyrics, sampleQuery) = (rawText, request.Lyrics, string.Empty);
        }
        else if (sampleMode)
        {
            (caption, lyrics, sampleQuery) = (string.Empty, string.Empty, rawText);
        }

        var empty = caption.Length == 0 && lyrics.Length == 0 && sampleQuery.Length == 0 && !sampleMode && parsed.Audio.Count == 0;
        if (empty)
        {
            return null;
        }

        if (lyrics.Length == 0 && PythonValues.ToBool(request.AudioConfig["instrumental"], false))
        {
            lyrics = "[inst]";
        }

        return (caption, lyrics, sampleQuery, sampleMode);
    }

    public static ChatJobInput Create(
        SimulatorContext context, ChatRequest request, ParsedPrompt parsed, (string Caption, string Lyrics, string SampleQuery, bool SampleMode) text)
    {
        var version = context.Options.Version;
        var audioConfig = request.AudioConfig;
        var decoded = DecodeAudio(context, parsed.Audio);
        var takesSource = TaskRules.TakesSourceAudio(request.TaskType, version);
        var source = takesSource ? decoded.ElementAtOrDefault(0) : null;
        var reference = takesSource ? decoded.ElementAtOrDefault(1) : decoded.ElementAtOrDefault(0);
        var taskType = version == ServerVersion.A && request.TaskType == "text2music" && decoded.Count > 0 ? "music_continuation" : request.TaskType;
        var slash = request.Model.IndexOf('/', StringComparison.Ordinal);
        var model = slash >= 0 ? request.Model[(slash + 1)..] : request.Model;
        var duration = PythonValues.ToFloat(audioConfig["duration"]);
        var parameters = new GenerationParameters
        {
            Prompt = text.Caption,
            Lyrics = text.Lyrics,
            SampleMode = text.SampleMode,
            SampleQuery = text.SampleQuery,
            Thinking = request.Thinking,
            UseFormat = request.UseFormat,
            UseCotCaption = request.UseCotCaption,
            UseCotLanguage = request.UseCotLanguage,
            Model = model,
            Bpm = PythonValues.ToInt(audioConfig["bpm"]),
            KeyScale = PythonValues.ToText(audioConfig["key_scale"]) ?? string.Empty,
            TimeSignature = PythonValues.ToText(audioConfig["time_signature"]) ?? string.Empty,
            Duration = duration is > 0 ? duration : null,
            VocalLanguage = PythonValues.ToText(audioConfig["vocal_language"]) ?? "en",
            BatchSize = request.BatchSize,
            UseRandomSeed = request.Seed is null,
            Seed = request.Seed,
            AudioFormat = RequestedFormat(request),
            TaskType = taskType,
            SourceAudioPath = source,
            ReferenceAudioPath = reference,
            InferenceSteps = request.InferenceSteps ?? 8,
            GuidanceScale = request.GuidanceScale,
        };
        return new ChatJobInput(parameters, decoded);
    }

    public static string RequestedFormat(ChatRequest request) => PythonValues.ToText(request.AudioConfig["format"]) ?? "mp3";

    /// <summary>Everything up to the first comma is stripped; invalid base64 drops that part silently.</summary>
    private static List<string> DecodeAudio(SimulatorContext context, IReadOnlyList<AudioPart> parts)
    {
        var files = new List<string>();
        foreach (var part in parts)
        {
            var data = part.Data;
            var comma = data.IndexOf(',', StringComparison.Ordinal);
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(comma >= 0 ? data[(comma + 1)..] : data);
            }
            catch (FormatException)
            {
                continue;
            }

            var path = context.Paths.NewTempFile("chat_audio", "." + part.Format);
            files.Add(path);
            try
            {
                File.WriteAllBytes(path, bytes);
            }
            catch
            {
                // No job will own these files, so none of them may stay behind.
                TemporaryFiles.Delete(files);
                throw;
            }
        }

        return files;
    }
}
