using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Turns a parsed generation into one ready to send: checks it (<see cref="GenerationChecks"/>), opens the source
/// audio, applies the configured defaults, and names what is recorded about it. Nothing is sent from here.
/// </summary>
internal static class GenerationPlanner
{
    public static GenerationPlan Plan(GenerateOptions options, CliSettings settings, CliEnvironment environment, Reporter reporter, SourceLength probe)
    {
        var taskType = GenerationChecks.TaskType(options);
        GenerationChecks.CheckText(options, reporter);
        GenerationChecks.CheckTaskOptions(options, taskType);
        var source = OpenSource(options, environment, probe);
        GenerationChecks.WarnAboutUnusualValues(options.Request, reporter);

        var reference = options.ReferencePath is { } referencePath ? SourceAudioCheck.Open(referencePath, environment, "reference audio") : null;
        var request = WithDefaults(options, settings) with { TaskType = taskType, SourceAudio = source, ReferenceAudio = reference };
        return new GenerationPlan(request, RequestSummary.Of(request), Label(options, taskType))
        {
            LmNeeds = LmNeeds(options, settings, request),
        };
    }

    /// <summary>The configured defaults for what the flags left unset; a random song leaves the text options to the server's LM.</summary>
    private static GenerationRequest WithDefaults(GenerateOptions options, CliSettings settings)
    {
        var asked = options.Request;
        var random = options.IsRandomSong;
        return asked with
        {
            Thinking = asked.Thinking ?? settings.Thinking,
            UseFormat = random ? null : asked.UseFormat ?? settings.UseFormat,
            UseCotCaption = random ? null : settings.UseCotCaption,
            UseCotLanguage = random ? null : settings.UseCotLanguage,
            VocalLanguage = asked.VocalLanguage ?? settings.VocalLanguage,
            BatchSize = asked.BatchSize ?? settings.BatchSize,
            AudioFormat = settings.AudioFormat,
        };
    }

    /// <summary>Checks the source file locally and, for a repaint, that the window ends inside it.</summary>
    private static AudioSource? OpenSource(GenerateOptions options, CliEnvironment environment, SourceLength probe)
    {
        if (options.SourcePath is not { } path)
        {
            return null;
        }

        var source = SourceAudioCheck.Open(path, environment);
        if (options.Request.RepaintEnd is { } end && probe.TryMeasure(source.FullPath) is { } length && end > length.TotalSeconds + 0.05)
        {
            throw CliException.InvalidInput(
                $"--repaint-end {GenerationChecks.Format(end)} is past the end of {path} ({GenerationChecks.Format(length.TotalSeconds)} s long).",
                "Choose a window inside the source audio.");
        }

        return source;
    }

    /// <summary>What the request needs the LM for, each with the flag or setting that asked for it (null: a default).</summary>
    private static List<LmNeed> LmNeeds(GenerateOptions options, CliSettings settings, GenerationRequest request)
    {
        var needs = new List<LmNeed>();
        if (options.IsRandomSong)
        {
            needs.Add(new LmNeed("random", "acestep random"));
        }

        if (options.Request.Description is not null)
        {
            needs.Add(new LmNeed("-d/--description", "flag -d/--description"));
        }

        if (request.Thinking == true)
        {
            needs.Add(new LmNeed("thinking", options.Request.Thinking == true ? "flag --thinking" : settings.ThinkingOrigin is { } origin ? $"generation.thinking ({origin})" : null));
        }

        if (request.UseFormat == true)
        {
            needs.Add(new LmNeed("use_format", options.Request.UseFormat == true ? "flag --use-format" : settings.UseFormatOrigin is { } origin ? $"generation.use_format ({origin})" : null));
        }

        return needs;
    }

    private static string Label(GenerateOptions options, string? taskType) =>
        options.IsRandomSong ? "random song"
        : taskType is not null and not "text2music" ? taskType
        : options.Request.Description is not null ? "from a description"
        : "caption";
}
