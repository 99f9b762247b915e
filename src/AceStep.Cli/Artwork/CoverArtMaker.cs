using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Providers.Gemini;

namespace AceStep.Cli.Artwork;

/// <summary>
/// Makes a cover or background image with Gemini from the settings (<c>gemini.*</c>, <c>GEMINI_API_KEY</c> or
/// <c>GOOGLE_API_KEY</c>). A song's prompt is its caption plus "no text or letters": image models draw
/// misspelt titles otherwise. Used by <c>acestep thumbnail</c> and by anything else that needs a cover.
/// </summary>
internal sealed class CoverArtMaker(RunContext context)
{
    public const string NoTextSuffix = "no text or letters";

    /// <summary>The prompt that will be sent: the one given, else the song's caption with <see cref="NoTextSuffix"/>.</summary>
    public static string PromptFor(CoverRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Prompt))
        {
            return request.Prompt.Trim();
        }

        if (request.Song?.Caption is { Length: > 0 } caption)
        {
            return $"Album cover art for a song: {caption.Trim().TrimEnd('.')}. {char.ToUpperInvariant(NoTextSuffix[0])}{NoTextSuffix[1..]}.";
        }

        throw CliException.InvalidInput(
            request.Song is null ? "Nothing to draw: give --prompt TEXT or --from JOB." : "The song has no caption to make a prompt from.",
            "Example: acestep thumbnail --prompt \"a neon city at night, no text or letters\"");
    }

    public async Task<GeneratedImage> MakeAsync(CoverRequest request, CancellationToken cancellationToken)
    {
        var prompt = PromptFor(request);
        var access = ProviderAccess.Gemini(context);
        if (!access.HasKey)
        {
            throw CliException.Configuration("No Gemini key is configured (gemini.api_key, GEMINI_API_KEY or GOOGLE_API_KEY).", access.KeyAdvice + "\nKeys are made at https://aistudio.google.com/apikey");
        }

        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions
        {
            Endpoint = access.ApiUrl,
            ApiKey = access.ApiKey,
            Model = request.Model ?? access.Model,
            TimeProvider = context.Environment.TimeProvider,
            Random = context.Environment.Random,
        });
        return await generator.GenerateAsync(new ImageGenerationRequest(prompt) { AspectRatio = request.AspectRatio, Size = request.Size }, cancellationToken);
    }
}
