using System.Security.Cryptography;
using System.Text;
using AceStep.Client;

namespace AceStep.Batch;

/// <summary>The songs of one batch, read from a JSONL plan (<see cref="PlanReader"/>), a matrix
/// (<see cref="MatrixReader"/>) or built from requests (<see cref="FromRequests"/>).</summary>
public sealed class BatchPlan
{
    public const int MaxNameLength = 200;

    internal BatchPlan(string name, IReadOnlyList<BatchItem> items)
    {
        Name = name;
        Items = items;
    }

    /// <summary>The batch's name in the queue (see <see cref="PlanReadOptions.Name"/>).</summary>
    public string Name { get; }

    public IReadOnlyList<BatchItem> Items { get; }

    /// <summary>A plan of the given requests, in order, checked by the same rules as a plan file.</summary>
    /// <exception cref="PlanFormatException">A request breaks a rule; the error's line is the request's position.</exception>
    public static BatchPlan FromRequests(string name, IEnumerable<GenerationRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var builder = new PlanBuilder(new PlanReadOptions { Name = name });
        var position = 0;
        foreach (var request in requests)
        {
            position++;
            var entry = RequestCodec.FieldsOf(request).Select(field => KeyValuePair.Create(field.Key, ToPlanValue(field.Value)));
            builder.Add(entry, position, lineNumber: null);
        }

        return builder.Build();
    }

    internal static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw new ArgumentException($"A batch name must be 1 to {MaxNameLength} characters; got '{name}'.", nameof(name));
        }

        return name.Trim();
    }

    /// <summary>The item key: 16 hex digits of SHA-256 over the canonical request and its occurrence number.</summary>
    internal static string KeyOf(string canonicalJson, int occurrence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{canonicalJson}\n#{occurrence}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static PlanValue ToPlanValue(object value) => value switch
    {
        string text => PlanValue.OfText(text),
        bool flag => PlanValue.OfFlag(flag),
        long whole => PlanValue.OfNumber(whole),
        double number => PlanValue.OfNumber(number),
        long[] list => PlanValue.OfList([.. list.Select(seed => PlanValue.OfNumber(seed))]),
        _ => throw new InvalidOperationException($"Unexpected field value {value.GetType().Name}."),
    };
}
