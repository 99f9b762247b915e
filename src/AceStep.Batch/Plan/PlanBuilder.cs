namespace AceStep.Batch;

/// <summary>Collects a plan's entries, their keys and every problem, and builds the plan only when there are none.</summary>
internal sealed class PlanBuilder(PlanReadOptions options)
{
    private readonly string _name = BatchPlan.CheckName(options.Name);
    private readonly List<BatchItem> _items = [];
    private readonly List<PlanError> _errors = [];
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    public void Add(IEnumerable<KeyValuePair<string, PlanValue>> entry, int? errorLine, int? lineNumber, string? where = null)
    {
        var problems = new List<string>();
        var request = RequestParser.Parse(entry, options, problems);
        foreach (var problem in problems)
        {
            Fail(errorLine, where is null ? problem : $"{where}: {problem}");
        }

        if (request is null)
        {
            return;
        }

        var occurrence = _occurrences[request.CanonicalJson] = _occurrences.GetValueOrDefault(request.CanonicalJson) + 1;
        _items.Add(new BatchItem(BatchPlan.KeyOf(request.CanonicalJson, occurrence), _items.Count + 1, lineNumber, request.CanonicalJson, request.Request));
    }

    public void Fail(int? line, string message) => _errors.Add(new PlanError(line, message));

    public BatchPlan Build()
    {
        if (_errors.Count == 0 && _items.Count == 0)
        {
            Fail(null, "The plan has no items: write one JSON object a line, e.g. {\"caption\": \"lofi hip hop\", \"duration\": 30}.");
        }

        return _errors.Count > 0 ? throw new PlanFormatException(_errors) : new BatchPlan(_name, _items);
    }
}
