namespace AceStep.Client;

/// <summary>
/// What a <see cref="GenerationRequest"/> asks for once its implied values are filled in, the same for every
/// protocol that carries it.
/// </summary>
internal static class GenerationRequestDefaults
{
    /// <summary>Cover is the natural task when a source is given and no task is named.</summary>
    public static string? EffectiveTaskType(GenerationRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.TaskType))
        {
            return GenerationVocabulary.NormalizeTaskType(request.TaskType) ?? request.TaskType.Trim();
        }

        return request.SourceAudio is null ? null : "cover";
    }

    /// <summary>An instrumental without lyrics is sent as the <c>[inst]</c> marker the model understands.</summary>
    public static string EffectiveLyrics(GenerationRequest request) =>
        string.IsNullOrWhiteSpace(request.Lyrics) && request.Instrumental ? "[inst]" : request.Lyrics ?? string.Empty;
}
