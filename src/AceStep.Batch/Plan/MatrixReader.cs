using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AceStep.Batch;

/// <summary>
/// Reads a matrix spec (YAML, or JSON, which YAML includes) and expands it into a plan: every combination of
/// <c>captions</c> × <c>lyrics</c> × <c>durations</c> × <c>bpms</c> × <c>seeds</c>, each on top of the <c>base</c>
/// fields (the fields of a JSONL line). Axes that are left out contribute nothing; seeds vary fastest.
/// <code>
/// base: { duration: 30, format: mp3, thinking: false }
/// captions: ["lofi hip hop, rainy night", "synthwave, night drive"]
/// bpms: [80, 100]
/// seeds: [1, 2, 3]
/// </code>
/// </summary>
public static class MatrixReader
{
    public const int MaxItems = 100_000;

    private const string BaseKey = "base";

    /// <summary>The axes in expansion order, outermost first, with the plan field each one sets.</summary>
    private static readonly (string Axis, string Field)[] Axes =
    [
        ("captions", PlanFields.Caption),
        ("lyrics", PlanFields.Lyrics),
        ("durations", PlanFields.Duration),
        ("bpms", PlanFields.Bpm),
        ("seeds", PlanFields.Seed),
    ];

    /// <exception cref="PlanFormatException">The spec is not valid; every problem has its line.</exception>
    public static BatchPlan Read(TextReader reader, PlanReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new PlanBuilder(options);
        var root = Load(reader, builder);
        if (root is null)
        {
            return builder.Build();
        }

        var spec = ReadSpec(root, options, builder);
        if (spec is not null)
        {
            Expand(spec, builder);
        }

        return builder.Build();
    }

    public static BatchPlan ReadFile(string path, PlanReadOptions options)
    {
        using var reader = new StreamReader(path);
        return Read(reader, options);
    }

    private static YamlMappingNode? Load(TextReader reader, PlanBuilder builder)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException error)
        {
            builder.Fail(LineOf(error.Start), $"not valid YAML or JSON: {error.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            builder.Fail(null, "a matrix is a mapping with 'base' and axes such as 'captions', 'bpms', 'seeds'.");
            return null;
        }

        return mapping;
    }

    private static MatrixSpec? ReadSpec(YamlMappingNode root, PlanReadOptions options, PlanBuilder builder)
    {
        var spec = new MatrixSpec(LineOf(root.Start));
        var valid = true;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? string.Empty).Trim().ToLowerInvariant();
            if (key == BaseKey)
            {
                valid &= ReadBase(valueNode, spec, options, builder);
            }
            else if (Axes.FirstOrDefault(axis => axis.Axis == key) is { Axis: not null } axis)
            {
                valid &= ReadAxis(axis.Axis, axis.Field, valueNode, spec, options, builder);
            }
            else
            {
                builder.Fail(LineOf(keyNode.Start), $"unknown key '{key}'; a matrix has 'base' and the axes {string.Join(", ", Axes.Select(a => a.Axis))}.");
                valid = false;
            }
        }

        foreach (var (axis, field) in Axes)
        {
            if (spec.Axes.ContainsKey(axis) && spec.Base.Any(entry => PlanFields.Find(entry.Key)?.Name == field))
            {
                builder.Fail(spec.Line, $"'{field}' is set in 'base' and varied by '{axis}'; keep one.");
                valid = false;
            }
        }

        return valid ? spec : null;
    }

    private static bool ReadBase(YamlNode node, MatrixSpec spec, PlanReadOptions options, PlanBuilder builder)
    {
        if (node is not YamlMappingNode mapping)
        {
            builder.Fail(LineOf(node.Start), "'base' must be a mapping of plan fields, e.g. { duration: 30, format: mp3 }.");
            return false;
        }

        var valid = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var value = ToPlanValue(valueNode);
            valid &= CheckField($"base.{name}", name, value, valueNode, options, builder);
            spec.Base.Add(KeyValuePair.Create(name, value));
        }

        return valid;
    }

    private static bool ReadAxis(string axis, string field, YamlNode node, MatrixSpec spec, PlanReadOptions options, PlanBuilder builder)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            builder.Fail(LineOf(node.Start), $"'{axis}' must be a non-empty list, e.g. {axis}: [a, b].");
            return false;
        }

        var valid = true;
        var values = new List<PlanValue>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var item = sequence.Children[index];
            var value = ToPlanValue(item);
            valid &= CheckField($"{axis}[{index + 1}]", field, value, item, options, builder);
            values.Add(value);
        }

        spec.Axes[axis] = values;
        return valid;
    }

    private static bool CheckField(string where, string name, PlanValue value, YamlNode node, PlanReadOptions options, PlanBuilder builder)
    {
        var field = PlanFields.Find(name);
        if (field is null)
        {
            builder.Fail(LineOf(node.Start), $"{where}: unknown field '{name}'; the fields are those of 'acestep generate': {string.Join(", ", PlanFields.All.Select(f => f.Name))}.");
            return false;
        }

        var problems = new List<string>();
        if (value.Kind != PlanValueKind.Null)
        {
            FieldReader.Read(field, value, options.BaseDirectory, problems);
        }

        foreach (var problem in problems)
        {
            builder.Fail(LineOf(node.Start), $"{where}: {problem}");
        }

        return problems.Count == 0;
    }

    private static void Expand(MatrixSpec spec, PlanBuilder builder)
    {
        var axes = Axes.Where(axis => spec.Axes.ContainsKey(axis.Axis)).ToList();
        var total = axes.Aggregate(1L, (product, axis) => product * spec.Axes[axis.Axis].Count);
        if (total > MaxItems)
        {
            builder.Fail(spec.Line, $"the matrix expands to {total} items; at most {MaxItems} are allowed. Split it into several plans.");
            return;
        }

        var positions = new int[axes.Count];
        for (var combination = 1; combination <= total; combination++)
        {
            var entry = new List<KeyValuePair<string, PlanValue>>(spec.Base);
            var labels = new List<string>();
            for (var a = 0; a < axes.Count; a++)
            {
                entry.Add(KeyValuePair.Create(axes[a].Field, spec.Axes[axes[a].Axis][positions[a]]));
                labels.Add($"{axes[a].Axis}[{positions[a] + 1}]");
            }

            builder.Add(entry, spec.Line, lineNumber: null, where: $"combination {combination} ({string.Join(", ", labels)})");
            Advance(positions, axes.Select(axis => spec.Axes[axis.Axis].Count).ToArray());
        }
    }

    /// <summary>Moves to the next combination, the last axis fastest (an odometer).</summary>
    private static void Advance(int[] positions, int[] counts)
    {
        for (var a = positions.Length - 1; a >= 0; a--)
        {
            if (++positions[a] < counts[a])
            {
                return;
            }

            positions[a] = 0;
        }
    }

    private static PlanValue ToPlanValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ToPlanValue(scalar),
        YamlSequenceNode sequence => PlanValue.OfList([.. sequence.Children.Select(ToPlanValue)]),
        _ => PlanValue.Mapping,
    };

    /// <summary>YAML's core schema for plain scalars: null, booleans and numbers; quoted scalars are always text.</summary>
    private static PlanValue ToPlanValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return PlanValue.OfText(text);
        }

        if (text is "" or "~" || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return PlanValue.Null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return PlanValue.OfFlag(flag);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? PlanValue.OfNumber(number) : PlanValue.OfText(text);
    }

    private static int LineOf(Mark mark) => (int)mark.Line;
}
