namespace AceStep.Client;

/// <summary>Translations between what people write and what the model expects.</summary>
public static class GenerationVocabulary
{
    /// <summary>The task types the server knows.</summary>
    public static IReadOnlyList<string> TaskTypes { get; } = ["text2music", "cover", "repaint", "lego", "extract", "complete", "cover-nofsq"];

    /// <summary>
    /// The model's time-signature convention: <c>2/4</c>→<c>2</c>, <c>3/4</c>→<c>3</c>, <c>4/4</c>→<c>4</c>,
    /// <c>6/8</c>→<c>6</c>; other values pass through trimmed.
    /// </summary>
    public static string ToModelTimeSignature(string timeSignature)
    {
        ArgumentNullException.ThrowIfNull(timeSignature);
        return timeSignature.Trim() switch
        {
            "2/4" => "2",
            "3/4" => "3",
            "4/4" => "4",
            "6/8" => "6",
            var other => other,
        };
    }

    /// <summary>True when the value is one of the model's time signatures (<c>2</c>, <c>3</c>, <c>4</c>, <c>6</c>) or maps to one.</summary>
    public static bool IsKnownTimeSignature(string timeSignature) =>
        ToModelTimeSignature(timeSignature) is "2" or "3" or "4" or "6";

    /// <summary>
    /// The bare model name for the native <c>model</c> field: <c>/v1/models</c> lists ids such as
    /// <c>acestep/acestep-v15-turbo</c>, and a prefixed name would silently select the primary model.
    /// </summary>
    public static string ToNativeModelName(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var trimmed = model.Trim();
        foreach (var prefix in (ReadOnlySpan<string>)["acestep/", "acemusic/"])
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[prefix.Length..];
            }
        }

        return trimmed;
    }

    /// <summary>The server's task type for a user's word: accepts the synonym <c>repainting</c>; null when unknown.</summary>
    public static string? NormalizeTaskType(string taskType)
    {
        ArgumentNullException.ThrowIfNull(taskType);
        var lowered = taskType.Trim().ToLowerInvariant();
        if (lowered == "repainting")
        {
            return "repaint";
        }

        return TaskTypes.Contains(lowered) ? lowered : null;
    }
}
