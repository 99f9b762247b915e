using System.Text;
using System.Text.Json;
using AceStep.Client;

namespace AceStep.Batch;

/// <summary>
/// The canonical form of a request: its plan fields, sorted by name, as compact JSON. It is what the queue
/// stores (so a runner on another host rebuilds the same request), what the item key hashes, and never holds
/// an API key or audio bytes (a source file travels by its absolute path).
/// </summary>
internal static class RequestCodec
{
    public static string Encode(SortedDictionary<string, object> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The fields a request sets, in canonical form (used for the defaults a plan line starts from).</summary>
    public static SortedDictionary<string, object> FieldsOf(GenerationRequest request)
    {
        var fields = new SortedDictionary<string, object>(StringComparer.Ordinal);
        void Put(string name, object? value)
        {
            if (value is not null)
            {
                fields[name] = value;
            }
        }

        Put(PlanFields.Caption, request.Caption);
        Put(PlanFields.Lyrics, request.Lyrics);
        Put(PlanFields.Description, request.Description);
        Put(PlanFields.SampleMode, request.SampleMode);
        Put(PlanFields.Instrumental, request.Instrumental ? true : null);
        Put(PlanFields.Thinking, request.Thinking);
        Put(PlanFields.UseFormat, request.UseFormat);
        Put(PlanFields.UseCotCaption, request.UseCotCaption);
        Put(PlanFields.UseCotLanguage, request.UseCotLanguage);
        Put(PlanFields.Model, request.Model);
        Put(PlanFields.Language, request.VocalLanguage);
        Put(PlanFields.Steps, (long?)request.InferenceSteps);
        Put(PlanFields.Guidance, request.GuidanceScale);
        Put(PlanFields.Seed, request.Seeds is { Count: > 0 } seeds ? seeds.ToArray() : null);
        Put(PlanFields.Duration, request.DurationSeconds);
        Put(PlanFields.Bpm, (long?)request.Bpm);
        Put(PlanFields.Batch, (long?)request.BatchSize);
        Put(PlanFields.KeyScale, request.KeyScale);
        Put(PlanFields.TimeSignature, request.TimeSignature);
        Put(PlanFields.TaskType, request.TaskType);
        Put(PlanFields.SourceAudio, request.SourceAudio?.FullPath);
        Put(PlanFields.ReferenceAudio, request.ReferenceAudio?.FullPath);
        Put(PlanFields.CoverStrength, request.CoverStrength);
        Put(PlanFields.RepaintStart, request.RepaintStart);
        Put(PlanFields.RepaintEnd, request.RepaintEnd);
        Put(PlanFields.Format, request.AudioFormat);
        return fields;
    }

    /// <summary>Rebuilds the request; source and reference files must exist now.</summary>
    /// <exception cref="FileNotFoundException">A source or reference file is gone.</exception>
    public static GenerationRequest Decode(string canonicalJson)
    {
        using var document = JsonDocument.Parse(canonicalJson);
        var root = document.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var value) ? value.GetString() : null;
        bool? Flag(string name) => root.TryGetProperty(name, out var value) ? value.GetBoolean() : null;
        double? Number(string name) => root.TryGetProperty(name, out var value) ? value.GetDouble() : null;
        int? Whole(string name) => root.TryGetProperty(name, out var value) ? value.GetInt32() : null;

        return new GenerationRequest
        {
            Caption = Text(PlanFields.Caption),
            Lyrics = Text(PlanFields.Lyrics),
            Description = Text(PlanFields.Description),
            SampleMode = Flag(PlanFields.SampleMode),
            Instrumental = Flag(PlanFields.Instrumental) ?? false,
            Thinking = Flag(PlanFields.Thinking),
            UseFormat = Flag(PlanFields.UseFormat),
            UseCotCaption = Flag(PlanFields.UseCotCaption),
            UseCotLanguage = Flag(PlanFields.UseCotLanguage),
            Model = Text(PlanFields.Model),
            VocalLanguage = Text(PlanFields.Language),
            InferenceSteps = Whole(PlanFields.Steps),
            GuidanceScale = Number(PlanFields.Guidance),
            Seeds = root.TryGetProperty(PlanFields.Seed, out var seeds) ? [.. seeds.EnumerateArray().Select(seed => seed.GetInt64())] : null,
            DurationSeconds = Number(PlanFields.Duration),
            Bpm = Whole(PlanFields.Bpm),
            BatchSize = Whole(PlanFields.Batch),
            KeyScale = Text(PlanFields.KeyScale),
            TimeSignature = Text(PlanFields.TimeSignature),
            TaskType = Text(PlanFields.TaskType),
            SourceAudio = Text(PlanFields.SourceAudio) is { } source ? AudioSource.FromFile(source) : null,
            ReferenceAudio = Text(PlanFields.ReferenceAudio) is { } reference ? AudioSource.FromFile(reference) : null,
            CoverStrength = Number(PlanFields.CoverStrength),
            RepaintStart = Number(PlanFields.RepaintStart),
            RepaintEnd = Number(PlanFields.RepaintEnd),
            AudioFormat = Text(PlanFields.Format) ?? "mp3",
        };
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case long[] list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteNumberValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A canonical field cannot hold a {value.GetType().Name}.");
        }
    }
}
