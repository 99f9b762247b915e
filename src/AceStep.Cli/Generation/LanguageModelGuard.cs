using System.Globalization;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Ledger;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Keeps a generation from failing on a server without the 5 Hz LM. Before sending: when the server says it has no LM
/// (version B) or a job here already failed for it (remembered in <see cref="LmlessServers"/>), what only defaults asked
/// of the LM is turned off with one warning, and what the user asked for stops the run with advice. After a failure that
/// the LM's absence explains (version A gives no reason at all), the server is remembered, and a job that asked for the
/// LM only by default may be sent once more without it: the server reported it failed, so nothing runs twice.
/// </summary>
internal sealed class LanguageModelGuard(LmlessServers memory, CliSettings settings, Reporter reporter, TimeProvider time)
{
    private const string StartWithLm = "start the server with the LM (ACESTEP_INIT_LLM=true, on a GPU with enough memory for it)";

    private bool _resubmitted;

    private string Server => settings.ServerDisplay;

    /// <summary>The plan to send to a server in this <paramref name="presence"/>: unchanged, without the LM, or refused (exit 6).</summary>
    public GenerationPlan Adapt(GenerationPlan plan, LanguageModelPresence presence)
    {
        var now = time.GetUtcNow();
        if (presence == LanguageModelPresence.Loaded)
        {
            Try(() => memory.Forget(Server, now));
            return plan;
        }

        var evidence = presence == LanguageModelPresence.Missing
            ? "the server reports none loaded"
            : memory.SeenWithoutLm(Server, now) is { } seen
                ? $"a job that needed it failed here at {seen.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; remembered in {memory.Path} until {(seen + LmlessServers.Lifetime).UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC"
                : null;
        if (evidence is null)
        {
            return plan;
        }

        if (plan.LmNeeds.Where(static need => need.IsExplicit).ToList() is { Count: > 0 } asked)
        {
            throw new CliException(
                ExitCode.Rejected,
                "lm_unavailable",
                $"The server at {Server} has no 5Hz language model ({evidence}), and {Describe(asked)} needs it: the job would fail. Nothing was sent.",
                $"{Advice(asked)}, or {StartWithLm}.");
        }

        if (plan.LmNeeds.Count > 0)
        {
            var off = plan.LmNeeds.Select(static need => need.Name).Concat(plan.LmExtras);
            reporter.Warning($"The server at {Server} has no 5Hz language model ({evidence}): {string.Join(", ", off)} (defaults) turned off for this job, as --no-thinking would.");
        }

        return plan.WithoutLm();
    }

    /// <summary>
    /// What to tell the user about a failed job that needed the LM, or null when the failure is not the LM's doing.
    /// Remembers the server, and sets <see cref="ShouldResubmitWithoutLm"/> when the LM was asked for by defaults only.
    /// </summary>
    public string? ExplainFailure(AceStepJobFailedException failure, GenerationPlan plan)
    {
        if (plan.LmNeeds.Count == 0 || !(failure.LanguageModelUnavailable || failure.NoReasonGiven))
        {
            return null;
        }

        Try(() => memory.Remember(Server, time.GetUtcNow()));
        var asked = plan.LmNeeds.Where(static need => need.IsExplicit).ToList();
        ShouldResubmitWithoutLm = asked.Count == 0 && !_resubmitted;
        var cause = failure.LanguageModelUnavailable
            ? "The server has no 5Hz language model"
            : "The likely cause: the server runs without the 5Hz language model (it gives no reason for a failed job)";
        var advice = asked.Count > 0 ? Advice(asked) : "Pass --no-thinking";
        return $"{cause}, and {Describe(plan.LmNeeds)} needs it. {advice}, or {StartWithLm}. " +
            $"This server is remembered for {LmlessServers.Lifetime.TotalHours:0} h in {memory.Path}, so the next run checks before sending.";
    }

    /// <summary>Set by <see cref="ExplainFailure"/>: send the job again once, without the LM.</summary>
    public bool ShouldResubmitWithoutLm { get; private set; }

    /// <summary>The plan for the one automatic resubmission, said aloud.</summary>
    public GenerationPlan Resubmission(GenerationPlan plan, string? failedJobId)
    {
        _resubmitted = true;
        ShouldResubmitWithoutLm = false;
        var off = plan.LmNeeds.Select(static need => need.Name).Concat(plan.LmExtras);
        reporter.Warning(
            $"Job {failedJobId} failed, most likely because the server at {Server} has no 5Hz language model; " +
            $"sending it once more with {string.Join(", ", off)} (defaults) off, as --no-thinking would.");
        return plan.WithoutLm();
    }

    private static string Describe(IEnumerable<LmNeed> needs) =>
        string.Join(", ", needs.Select(static need => need.AskedBy is { } by ? $"{need.Name} (asked by {by})" : need.Name));

    private static string Advice(IEnumerable<LmNeed> asked)
    {
        var steps = asked.Select(static need => need.Name switch
        {
            "thinking" => "pass --no-thinking",
            "use_format" => "pass --no-format",
            "-d/--description" => "write a caption (-c) instead of -d/--description",
            _ => "write the caption and lyrics yourself (acestep generate -c … -l …)",
        }).Distinct();
        var text = string.Join(", ", steps);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The memory is a convenience: a state folder that cannot be written costs a warning, never the job.</summary>
    private void Try(Action change)
    {
        try
        {
            change();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Warning($"Could not update {memory.Path}: {ex.Message}");
        }
    }
}
