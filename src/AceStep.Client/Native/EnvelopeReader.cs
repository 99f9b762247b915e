using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AceStep.Client.Errors;
using AceStep.Client.Json;

namespace AceStep.Client.Native;

/// <summary>
/// Reads the native envelope <c>{"data","code","error","timestamp","extra"}</c>. Success is HTTP 2xx (already
/// checked) and <c>code == 200</c>; some endpoints answer HTTP 200 with code 400/500 ("soft errors").
/// </summary>
internal static class EnvelopeReader
{
    public static T ReadData<T>(byte[] body, JsonTypeInfo<T> typeInfo, string endpoint)
        where T : class
    {
        using var document = JsonBody.Parse(body, endpoint);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var codeElement) || !codeElement.TryGetInt32(out var code))
        {
            throw new AceStepProtocolException($"{endpoint}: the answer is not the expected envelope (no integer 'code').", new AceStepErrorDetails(endpoint));
        }

        if (code != 200)
        {
            var error = root.TryGetProperty("error", out var errorElement) && errorElement.ValueKind == JsonValueKind.String
                ? ServerMessageExtractor.FromText(errorElement.GetString() ?? string.Empty)
                : null;
            throw HttpErrorMapper.Create(code is >= 400 and < 600 ? code : 500, error, endpoint);
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            throw new AceStepProtocolException($"{endpoint}: the envelope says success but carries no data.", new AceStepErrorDetails(endpoint));
        }

        return JsonBody.Deserialize(data, typeInfo, endpoint);
    }

    /// <summary>The envelope's <c>timestamp</c> (milliseconds since the epoch), or null when it is missing or implausible.</summary>
    public static DateTimeOffset? ReadTimestamp(byte[] body, string endpoint)
    {
        using var document = JsonBody.Parse(body, endpoint);
        return document.RootElement.TryGetProperty("timestamp", out var element)
            && element.TryGetInt64(out var milliseconds)
            && milliseconds is > 0 and < 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;
    }
}
