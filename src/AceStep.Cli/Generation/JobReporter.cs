using System.Globalization;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;

namespace AceStep.Cli.Generation;

/// <summary>Tells the user how a job ended: the files on stdout (or the JSON document), the details on stderr.</summary>
internal static class JobReporter
{
    public static JobReport Finished(JobRun run, LedgerEntry entry, ResultDocument document, string resultPath, bool alreadySaved)
    {
        var reporter = run.Reporter;
        var files = document.Files.Select(f => run.Folder.PathOf(f.Name)).ToList();
        if (alreadySaved)
        {
            reporter.Status($"Job {entry.JobId} was already saved; nothing downloaded again (use --force to fetch it anew).");
        }
        else
        {
            reporter.Success($"Generation completed: job {entry.JobId}");
            var details = Details(document);
            if (details.Count > 0)
            {
                reporter.Status("  " + string.Join(", ", details));
            }

            if (files.Count == 0)
            {
                reporter.Warning("The server returned no audio file for this job.");
            }
        }

        foreach (var file in files)
        {
            reporter.Result(file);
        }

        reporter.Result(resultPath);
        return new JobReport
        {
            JobId = entry.JobId,
            State = LedgerState.Succeeded,
            Mode = entry.Mode,
            Server = entry.Server,
            OutputDir = run.Folder.FullPath,
            ResultPath = resultPath,
            Files = files,
            Prompt = document.Prompt,
            Lyrics = document.Lyrics,
            SeedValue = document.SeedValue,
            Warnings = [.. reporter.Warnings],
        };
    }

    /// <summary>What the server made: tempo, key, length and seed, those it reported.</summary>
    private static List<string> Details(ResultDocument document)
    {
        var metas = document.Metas;
        var details = new List<string>();
        if (metas.Bpm is { } bpm)
        {
            details.Add($"BPM {bpm}");
        }

        if (!string.IsNullOrEmpty(metas.Keyscale))
        {
            details.Add($"key {metas.Keyscale}");
        }

        if (metas.Duration is { } duration)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"{duration:0.#} s"));
        }

        if (!string.IsNullOrEmpty(document.SeedValue))
        {
            details.Add($"seed {document.SeedValue}");
        }

        return details;
    }

    public static JobReport Submitted(JobRun run, LedgerEntry entry) => new()
    {
        JobId = entry.JobId,
        State = entry.State,
        Mode = entry.Mode,
        Server = entry.Server,
        OutputDir = run.Folder.FullPath,
        ResumeCommand = $"{run.Reporter.Hints.Command} status {entry.JobId}",
        Warnings = [.. run.Reporter.Warnings],
    };
}
