using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// The local rules a generation must pass before anything is sent: a known task type; a caption or description,
/// never a description with a caption or lyrics (the server's sample mode would discard them); no reserved tag in
/// user text; cover and repaint options only with source audio and the task they belong to.
/// </summary>
internal static class GenerationChecks
{
    public const int CaptionLimit = 512;
    public const int LyricsLimit = 4096;

    private static readonly string[] SourceTasks = ["cover", "repaint", "lego", "extract", "complete", "cover-nofsq"];
    private static readonly string[] WindowTasks = ["repaint", "lego"];
    private static readonly string[] ReservedTags = ["<prompt>", "</prompt>", "<lyrics>", "</lyrics>"];

    /// <summary>The normalized task type: as given, else cover when there is source audio, else none (text2music).</summary>
    public static string? TaskType(GenerateOptions options)
    {
        var request = options.Request;
        if (request.TaskType is null)
        {
            return options.SourcePath is null ? null : "cover";
        }

        return GenerationVocabulary.NormalizeTaskType(request.TaskType)
            ?? throw CliException.InvalidInput(
                $"Unknown task type '{request.TaskType}'.",
                $"Use one of: {string.Join(", ", GenerationVocabulary.TaskTypes)} (repainting = repaint).");
    }

    public static void CheckText(GenerateOptions options, Reporter reporter)
    {
        var request = options.Request;
        if (options.IsRandomSong)
        {
            return;
        }

        if (request.Description is not null && (request.Caption is not null || request.Lyrics is not null))
        {
            throw CliException.Usage(
                "-d/--description cannot be combined with a caption or lyrics: in simple mode the LM writes both and yours would be discarded.",
                "Either describe the song with -d, or give -c (and -l) yourself.");
        }

        if (request.Instrumental && !string.IsNullOrWhiteSpace(request.Lyrics))
        {
            throw CliException.Usage("--instrumental cannot be combined with lyrics.", "Drop --instrumental to sing the lyrics, or drop -l for an instrumental.");
        }

        if (IsBlank(request.Caption) && IsBlank(request.Description) && IsBlank(request.Lyrics) && options.SourcePath is null)
        {
            throw CliException.Usage(
                "A caption or a description is required.",
                "acestep generate \"pop, female vocal, piano\" -l \"[Verse] ...\"\nacestep generate -d \"a cheerful song about spring\"");
        }

        RejectReservedTags(request);
        WarnAboutLength(request, reporter);
    }

    public static void CheckTaskOptions(GenerateOptions options, string? taskType)
    {
        var request = options.Request;
        if (taskType is not null && SourceTasks.Contains(taskType) && options.SourcePath is null)
        {
            throw CliException.Usage(
                $"--task-type {taskType} needs source audio.",
                $"Add --src-audio FILE, e.g.: acestep generate --src-audio song.mp3 --task-type {taskType} -c \"...\"");
        }

        if (options.SourcePath is null && (request.CoverStrength is not null || request.RepaintStart is not null || request.RepaintEnd is not null))
        {
            throw CliException.Usage("--cover-strength, --repaint-start and --repaint-end need source audio.", "Add --src-audio FILE (or use 'acestep cover FILE').");
        }

        var hasWindow = request.RepaintStart is not null || request.RepaintEnd is not null;
        if (hasWindow && !WindowTasks.Contains(taskType))
        {
            throw CliException.Usage(
                $"--repaint-start/--repaint-end only apply to --task-type repaint (or lego); this is a {taskType ?? "text2music"} task.",
                "Add --task-type repaint.");
        }

        if (request.RepaintStart is { } start && request.RepaintEnd is { } end && end <= start)
        {
            throw CliException.InvalidInput(
                $"--repaint-end ({Format(end)}) must be after --repaint-start ({Format(start)}).",
                "Give a window such as --repaint-start 30 --repaint-end 60.");
        }

        if (request.CoverStrength is not null && taskType is not ("cover" or "cover-nofsq"))
        {
            throw CliException.Usage($"--cover-strength only applies to cover tasks; this is a {taskType} task.");
        }
    }

    /// <summary>Values the server accepts but the model does not know: sent as given, with a warning.</summary>
    public static void WarnAboutUnusualValues(GenerationRequest request, Reporter reporter)
    {
        if (request.TimeSignature is { } signature && !GenerationVocabulary.IsKnownTimeSignature(signature))
        {
            reporter.Warning($"Time signature '{signature}' is not one the model knows (2/4, 3/4, 4/4, 6/8); it is sent as given.");
        }

        if (request.DurationSeconds is > ModelVocabulary.LongestSeconds)
        {
            reporter.Warning($"--duration {Format(request.DurationSeconds.Value)} is above the model's {ModelVocabulary.LongestSeconds} s; the server may shorten it or fail.");
        }

        if (request.DurationSeconds is < ModelVocabulary.ShortestSeconds)
        {
            reporter.Warning($"--duration {Format(request.DurationSeconds.Value)} is below the model's {ModelVocabulary.ShortestSeconds} s; the song may come out longer or poorly formed.");
        }

        if (request.KeyScale is { } key && !ModelVocabulary.IsKnownKey(key))
        {
            reporter.Warning($"--key-scale '{key}' is not a key the model knows (a note A-G, optionally # or b, then major or minor, e.g. \"F# minor\"); it is sent as given.");
        }

        if (request.VocalLanguage is { } language && !ModelVocabulary.IsKnownLanguage(language))
        {
            reporter.Warning(
                $"--language '{language}' is not a language the model knows ({string.Join(", ", ModelVocabulary.Languages)}); it is sent as given.");
        }
    }

    public static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // The completion protocol wraps caption and lyrics in these tags: user text containing one would corrupt the split.
    private static void RejectReservedTags(GenerationRequest request)
    {
        foreach (var (text, option) in new[] { (request.Caption, "caption"), (request.Lyrics, "lyrics"), (request.Description, "description") })
        {
            var tag = text is null ? null : ReservedTags.FirstOrDefault(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));
            if (tag is not null)
            {
                throw CliException.InvalidInput($"The {option} contains the reserved tag {tag}, which would corrupt the request.", "Remove the tag from the text.");
            }
        }
    }

    private static void WarnAboutLength(GenerationRequest request, Reporter reporter)
    {
        if (request.Caption is { Length: > CaptionLimit })
        {
            reporter.Warning($"The caption has {request.Caption.Length} characters; the model reads only the first {CaptionLimit}.");
        }

        if (request.Lyrics is { Length: > LyricsLimit })
        {
            reporter.Warning($"The lyrics have {request.Lyrics.Length} characters; the model reads only the first {LyricsLimit}.");
        }
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
