using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AceStep.Client;

namespace AceStep.Cli.Json;

/// <summary>
/// How a <see cref="GenerationRequest"/> is saved: every property in snake_case, in declaration order, unset ones
/// left out, so a property added to the request is recorded without an edit here. Three keep the form the files
/// have always had: <c>seed</c> (a comma list), <c>duration</c> (seconds), and audio files as their local path.
/// </summary>
internal static class SavedRequestFormat
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = CliJson.Context.Options.Encoder,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = SavedRequestJsonContext.Default.WithAddedModifier(KeepSavedNames),
    };

    public static JsonTypeInfo<GenerationRequest> Request { get; } =
        (JsonTypeInfo<GenerationRequest>)Options.GetTypeInfo(typeof(GenerationRequest));

    private static void KeepSavedNames(JsonTypeInfo type)
    {
        if (type.Type != typeof(GenerationRequest))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(AudioSource))
            {
                property.CustomConverter = new AudioSourcePathConverter();
            }
            else if (property.Name == "seeds")
            {
                property.Name = "seed";
                property.CustomConverter = new SeedListConverter();
            }
            else if (property.Name == "duration_seconds")
            {
                property.Name = "duration";
            }
        }
    }
}
