using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// Picks one seed per file the way upstream does (see docs/protocol.md, "Parameters of /release_task"): version B honours <c>seed</c> when
/// <c>use_random_seed</c> is false (an int, or a comma list with -1 meaning random); version A always draws.
/// </summary>
internal static class SeedPlanner
{
    public static long[] Plan(ServerVersion version, bool useRandomSeed, JsonNode? seed, int batchSize, SeededRandom random)
    {
        var seeds = new long[batchSize];
        IReadOnlyList<long> requested = version == ServerVersion.B && !useRandomSeed ? Requested(seed) : [];
        for (var i = 0; i < batchSize; i++)
        {
            seeds[i] = i < requested.Count && requested[i] >= 0 ? requested[i] : random.NextSeed();
        }

        return seeds;
    }

    private static List<long> Requested(JsonNode? seed)
    {
        if (seed is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return [PythonValues.ToInt(value) ?? -1];
        }

        var text = PythonValues.ToText(seed) ?? string.Empty;
        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => long.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1)
            .ToList();
    }
}
