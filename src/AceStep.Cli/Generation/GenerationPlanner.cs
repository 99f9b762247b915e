using System.Globalization;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Validates a generation (numbers in range, no reserved tags in user text, a description never combined with a
/// caption or lyrics, cover and repaint options only with source audio and the right task), merges it with the
/// configured defaults, and produces the protocol-neutral library request. Nothing is sent from here.
/// </summary>
internal static class GenerationPlanner
{
    public const int CaptionLimit = 512;
    public const int LyricsLimit = 4096;

    private static readonly string[] SourceTasks = ["cover", "repaint", "lego", "extract", "complete", "cover-nofsq"];
    private static readonly string[] WindowTasks = ["repaint", "lego"];
    private static readonly string[] ReservedTags = ["<prompt>", "</prompt>", "<lyrics>", "</lyrics>"];

    public static GenerationPlan Plan(GenerationInput input, CliSettings settings, CliEnvironment environment, Reporter reporter, SourceLength probe)
    {
        var taskType = TaskType(input);
        CheckText(input, reporter);
        CheckTaskOptions(input, taskType);

        var source = input.SourceAudio is null ? null : SourceAudioCheck.Open(input.SourceAudio, environment);
        if (source is not null && input.RepaintEnd is { } end && probe.TryMeasure(source.FullPath) is { } length && end > length.TotalSeconds + 0.05)
        {
            throw CliException.InvalidInput(
                $"--repaint-end {Format(end)} is past the end of {input.SourceAudio} ({Format(length.TotalSeconds)} s long).",
                "Choose a window inside the source audio.");
        }

        if (input.TimeSignature is { } signature && !GenerationVocabulary.IsKnownTimeSignature(signature))
        {
            reporter.Warning($"Time signature '{signature}' is not one the model knows (2/4, 3/4, 4/4, 6/8); it is sent as given.");
        }

        if (input.Duration is > 600)
        {
            reporter.Warning($"--duration {Format(input.Duration.Value)} is above the documented 600 s; the server may shorten it or fail.");
        }

        var batch = input.Batch ?? settings.BatchSize;
        var thinking = input.Thinking ?? settings.Thinking;
        var useFormat = input.UseFormat ?? settings.UseFormat;
        var request = new GenerationRequest
        {
            Caption = input.Random ? null : input.Caption,
            Lyrics = input.Random ? null : input.Lyrics,
            Description = input.Description,
            SampleMode = input.Random ? true : null,
            Instrumental = input.Instrumental,
            Thinking = thinking,
            UseFormat = input.Random ? null : useFormat,
            UseCotCaption = input.Random ? null : settings.UseCotCaption,
            UseCotLanguage = input.Random ? null : settings.UseCotLanguage,
            Model = input.Model,
            VocalLanguage = input.Language ?? settings.VocalLanguage,
            InferenceSteps = input.Steps,
            GuidanceScale = input.Guidance,
            Seeds = input.Seeds,
            DurationSeconds = input.Duration,
            Bpm = input.Bpm,
            BatchSize = batch,
            KeyScale = input.KeyScale,
            TimeSignature = input.TimeSignature,
            TaskType = taskType,
            SourceAudio = source,
            CoverStrength = input.CoverStrength,
            RepaintStart = input.RepaintStart,
            RepaintEnd = input.RepaintEnd,
            AudioFormat = settings.AudioFormat,
        };

        var summary = new RequestSummary
        {
            Caption = request.Caption,
            Lyrics = request.Lyrics,
            Description = request.Description,
            SampleMode = input.Random || input.Description is not null,
            Instrumental = request.Instrumental,
            Thinking = request.Thinking,
            UseFormat = request.UseFormat,
            UseCotCaption = request.UseCotCaption,
            UseCotLanguage = request.UseCotLanguage,
            Model = request.Model,
            VocalLanguage = request.VocalLanguage,
            InferenceSteps = request.InferenceSteps,
            GuidanceScale = request.GuidanceScale,
            Seed = input.Seeds is null ? null : string.Join(',', input.Seeds),
            Duration = request.DurationSeconds,
            Bpm = request.Bpm,
            BatchSize = request.BatchSize,
            KeyScale = request.KeyScale,
            TimeSignature = request.TimeSignature,
            TaskType = taskType ?? (input.Random ? null : "text2music"),
            SourceAudio = source?.FullPath,
            CoverStrength = request.CoverStrength,
            RepaintStart = request.RepaintStart,
            RepaintEnd = request.RepaintEnd,
            AudioFormat = request.AudioFormat,
        };

        return new GenerationPlan(request, summary, Label(input, taskType))
        {
            LmDependentOptions = LmDependentOptions(input, thinking, useFormat),
        };
    }

    private static string? TaskType(GenerationInput input)
    {
        if (input.TaskType is null)
        {
            return input.SourceAudio is null ? null : "cover";
        }

        return GenerationVocabulary.NormalizeTaskType(input.TaskType)
            ?? throw CliException.InvalidInput(
                $"Unknown task type '{input.TaskType}'.",
                $"Use one of: {string.Join(", ", GenerationVocabulary.TaskTypes)} (repainting = repaint).");
    }

    private static void CheckText(GenerationInput input, Reporter reporter)
    {
        if (input.Random)
        {
            return;
        }

        if (input.Description is not null && (input.Caption is not null || input.Lyrics is not null))
        {
            throw CliException.Usage(
                "-d/--description cannot be combined with a caption or lyrics: in simple mode the LM writes both and yours would be discarded.",
                "Either describe the song with -d, or give -c (and -l) yourself.");
        }

        if (input.Instrumental && !string.IsNullOrWhiteSpace(input.Lyrics))
        {
            throw CliException.Usage("--instrumental cannot be combined with lyrics.", "Drop --instrumental to sing the lyrics, or drop -l for an instrumental.");
        }

        if (IsBlank(input.Caption) && IsBlank(input.Description) && IsBlank(input.Lyrics) && input.SourceAudio is null)
        {
            throw CliException.Usage(
                "A caption or a description is required.",
                "acestep generate \"pop, female vocal, piano\" -l \"[Verse] ...\"\nacestep generate -d \"a cheerful song about spring\"");
        }

        foreach (var (text, option) in new[] { (input.Caption, "caption"), (input.Lyrics, "lyrics"), (input.Description, "description") })
        {
            var tag = text is null ? null : ReservedTags.FirstOrDefault(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));
            if (tag is not null)
            {
                throw CliException.InvalidInput($"The {option} contains the reserved tag {tag}, which would corrupt the request.", "Remove the tag from the text.");
            }
        }

        if (input.Caption is { Length: > CaptionLimit })
        {
            reporter.Warning($"The caption has {input.Caption.Length} characters; the model reads only the first {CaptionLimit}.");
        }

        if (input.Lyrics is { Length: > LyricsLimit })
        {
            reporter.Warning($"The lyrics have {input.Lyrics.Length} characters; the model reads only the first {LyricsLimit}.");
        }
    }

    private static void CheckTaskOptions(GenerationInput input, string? taskType)
    {
        if (taskType is not null && SourceTasks.Contains(taskType) && input.SourceAudio is null)
        {
            throw CliException.Usage(
                $"--task-type {taskType} needs source audio.",
                $"Add --src-audio FILE, e.g.: acestep generate --src-audio song.mp3 --task-type {taskType} -c \"...\"");
        }

        if (input.SourceAudio is null && (input.CoverStrength is not null || input.RepaintStart is not null || input.RepaintEnd is not null))
        {
            throw CliException.Usage("--cover-strength, --repaint-start and --repaint-end need source audio.", "Add --src-audio FILE (or use 'acestep cover FILE').");
        }

        var hasWindow = input.RepaintStart is not null || input.RepaintEnd is not null;
        if (hasWindow && !WindowTasks.Contains(taskType))
        {
            throw CliException.Usage(
                $"--repaint-start/--repaint-end only apply to --task-type repaint (or lego); this is a {taskType ?? "text2music"} task.",
                "Add --task-type repaint.");
        }

        if (input.RepaintStart is { } start && input.RepaintEnd is { } end && end <= start)
        {
            throw CliException.InvalidInput(
                $"--repaint-end ({Format(end)}) must be after --repaint-start ({Format(start)}).",
                "Give a window such as --repaint-start 30 --repaint-end 60.");
        }

        if (input.CoverStrength is not null && taskType is not ("cover" or "cover-nofsq"))
        {
            throw CliException.Usage($"--cover-strength only applies to cover tasks; this is a {taskType} task.");
        }
    }

    private static List<string> LmDependentOptions(GenerationInput input, bool thinking, bool useFormat)
    {
        var options = new List<string>();
        if (input.Random)
        {
            options.Add("random (sample mode)");
        }

        if (input.Description is not null)
        {
            options.Add("-d/--description");
        }

        if (thinking)
        {
            options.Add("thinking");
        }

        if (useFormat)
        {
            options.Add("use_format");
        }

        return options;
    }

    private static string Label(GenerationInput input, string? taskType) =>
        input.Random ? "random song"
        : taskType is not null and not "text2music" ? taskType
        : input.Description is not null ? "simple mode (description)"
        : "caption";

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
