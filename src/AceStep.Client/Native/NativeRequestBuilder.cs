namespace AceStep.Client.Native;

/// <summary>
/// Turns a <see cref="GenerationRequest"/> into <c>/release_task</c> parameters (see docs/protocol.md, "Parameters of
/// /release_task"): values in their natural JSON types, since the server silently turns a badly typed value into its
/// default; <c>audio_format</c> always, because <c>format</c> means <c>use_format</c> to the server; bare model
/// names, because any other name silently selects the primary model; the model's time-signature numbers; and audio
/// as uploads, because version B refuses server paths outside its own folders.
/// </summary>
internal static class NativeRequestBuilder
{
    public static List<NativeField> BuildFields(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new List<NativeField>
        {
            new("prompt", request.Caption ?? string.Empty),
            new("lyrics", GenerationRequestDefaults.EffectiveLyrics(request)),
        };

        if (!string.IsNullOrWhiteSpace(request.Description))
        {
            fields.Add(new("sample_query", request.Description));
        }

        AddIfSet(fields, "sample_mode", request.SampleMode);
        AddIfSet(fields, "thinking", request.Thinking);
        AddIfSet(fields, "use_format", request.UseFormat);
        AddIfSet(fields, "use_cot_caption", request.UseCotCaption);
        AddIfSet(fields, "use_cot_language", request.UseCotLanguage);
        AddIfSet(fields, "vocal_language", request.VocalLanguage);
        fields.Add(new("audio_format", string.IsNullOrWhiteSpace(request.AudioFormat) ? "mp3" : request.AudioFormat.Trim().ToLowerInvariant()));

        var seeds = request.Seeds is { Count: > 0 } list ? list : null;
        fields.Add(new("use_random_seed", seeds is null));
        if (!string.IsNullOrWhiteSpace(request.Model))
        {
            fields.Add(new("model", GenerationVocabulary.ToNativeModelName(request.Model)));
        }

        AddIfSet(fields, "inference_steps", request.InferenceSteps);
        AddIfSet(fields, "guidance_scale", request.GuidanceScale);
        if (seeds is not null)
        {
            // One seed is an integer; several are the comma list the server accepts (B honours it).
            fields.Add(seeds.Count == 1 ? new("seed", seeds[0]) : new("seed", string.Join(',', seeds)));
        }

        AddIfSet(fields, "audio_duration", request.DurationSeconds);
        AddIfSet(fields, "bpm", request.Bpm);
        AddIfSet(fields, "batch_size", request.BatchSize);
        AddIfSet(fields, "key_scale", request.KeyScale);
        if (!string.IsNullOrWhiteSpace(request.TimeSignature))
        {
            fields.Add(new("time_signature", GenerationVocabulary.ToModelTimeSignature(request.TimeSignature)));
        }

        var taskType = GenerationRequestDefaults.EffectiveTaskType(request);
        AddIfSet(fields, "task_type", taskType);
        AddIfSet(fields, "audio_cover_strength", request.CoverStrength);
        AddIfSet(fields, "repainting_start", request.RepaintStart);
        AddIfSet(fields, "repainting_end", request.RepaintEnd);
        return fields;
    }

    private static void AddIfSet(List<NativeField> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new(name, value));
        }
    }

    private static void AddIfSet(List<NativeField> fields, string name, bool? value)
    {
        if (value is { } flag)
        {
            fields.Add(new(name, flag));
        }
    }

    private static void AddIfSet(List<NativeField> fields, string name, int? value)
    {
        if (value is { } number)
        {
            fields.Add(new(name, number));
        }
    }

    private static void AddIfSet(List<NativeField> fields, string name, double? value)
    {
        if (value is { } number)
        {
            fields.Add(new(name, number));
        }
    }
}
