namespace AceStep.Cli.Commands.Batch;

/// <summary><c>acestep batch</c>, parsed: where the plan is, which servers and queue to use, and how to run.</summary>
/// <param name="PlanPath">A JSONL plan, or null when <paramref name="MatrixPath"/> is given.</param>
/// <param name="MatrixPath">A matrix spec (YAML or JSON), or null.</param>
/// <param name="Servers">--server addresses, in order; empty uses the config's <c>servers</c> list, else api_url.</param>
/// <param name="Queue">--queue, when given (it wins over ACESTEP_QUEUE and the config's <c>queue</c>).</param>
/// <param name="Name">--name: the batch's name in the queue; null uses the plan file's name.</param>
/// <param name="Capacity">--capacity: jobs each server may hold at once when its entry does not say.</param>
/// <param name="Timeout">--timeout: the longest wait for one job.</param>
/// <param name="Lease">--lease: how long a killed runner's items stay claimed before another takes them over.</param>
/// <param name="RetryFailed">--retry-failed: put failed items back before starting.</param>
/// <param name="GiveUpAfter">--give-up-after: how long every server may be down before the run stops; null uses batch.give_up_after.</param>
internal sealed record BatchCommandOptions(
    string? PlanPath,
    string? MatrixPath,
    IReadOnlyList<Uri> Servers,
    string? Queue,
    string? Name,
    int? Capacity,
    TimeSpan? Timeout,
    TimeSpan? Lease,
    bool RetryFailed,
    TimeSpan? GiveUpAfter);
