using System.Text.Json.Nodes;

namespace AceStep.Simulator.Requests;

/// <summary>Builds <see cref="GenerationParameters"/> from a /release_task body with the alias table in docs/protocol.md, "Parameters of /release_task".</summary>
internal static class GenerationParametersReader
{
    public static GenerationParameters Read(ParameterSources p, ServerVersion version)
    {
        var isB = version == ServerVersion.B;
        var duration = p.Float("audio_duration", "duration", "audioDuration", "target_duration", "targetDuration");
        return new GenerationParameters
        {
            Prompt = p.Text("prompt", "caption") ?? string.Empty,
            Lyrics = p.Text("lyrics") ?? string.Empty,
            Thinking = p.Bool(false, "thinking"),
            SampleMode = p.Bool(false, "sample_mode", "sampleMode"),
            SampleQuery = p.Text("sample_query", "sampleQuery", "description", "desc") ?? string.Empty,
            UseFormat = p.Bool(false, "use_format", "useFormat", "format"),
            Model = p.Text("model", "model_name", "modelName", "dit_model", "ditModel"),
            Bpm = p.Int("bpm"),
            KeyScale = p.Text("key_scale", "keyscale", "keyScale", "key") ?? string.Empty,
            TimeSignature = p.Text("time_signature", "timesignature", "timeSignature") ?? string.Empty,
            Duration = duration is > 0 ? duration : null,
            VocalLanguage = p.Text("vocal_language", "vocalLanguage", "language") ?? "en",
            BatchSize = p.Int("batch_size"),
            UseRandomSeed = p.Bool(true, "use_random_seed", "useRandomSeed"),
            Seed = p.Find("seed"),
            AudioFormat = p.Text("audio_format") ?? "mp3",
            TaskType = p.Text("task_type", "taskType") ?? "text2music",
            SourceAudioPath = EmptyToNull(p.Text("src_audio_path", "ctx_audio_path", "sourceAudioPath", "srcAudioPath", "ctxAudioPath")),
            ReferenceAudioPath = EmptyToNull(p.Text("reference_audio_path", "ref_audio_path", "referenceAudioPath", "refAudioPath")),
            AudioCodeString = isB ? p.Text("audio_code_string", "audioCodeString", "audio_codes") ?? string.Empty : string.Empty,
            UseCotCaption = p.Bool(true, "use_cot_caption", "cot_caption", "cot-caption"),
            UseCotLanguage = p.Bool(true, "use_cot_language", "cot_language", "cot-language"),
            AnalysisOnly = p.Bool(false, "analysis_only", "analysisOnly"),
            FullAnalysisOnly = p.Bool(false, "full_analysis_only", "fullAnalysisOnly"),
            ExtractCodesOnly = isB && p.Bool(false, "extract_codes_only", "extractCodesOnly"),
            InferenceSteps = p.Int("inference_steps", "inferenceSteps") ?? 8,
            GuidanceScale = p.Float("guidance_scale", "guidanceScale") ?? 7.0,
        };
    }

    private static string? EmptyToNull(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
