using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AceStep.Providers.Transport;

/// <summary>Reads a successful answer as JSON; an answer that is not (an HTML page with status 200, truncated JSON) is a protocol error that says what came instead.</summary>
internal static class ResponseJson
{
    public static T Read<T>(ProviderResponse response, JsonTypeInfo<T> typeInfo, ProviderSettings settings, string operation)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, typeInfo)
                ?? throw Broken(settings, operation, "null instead of a JSON object");
        }
        catch (JsonException exception)
        {
            var text = Encoding.UTF8.GetString(response.Body, 0, Math.Min(response.Body.Length, 4096));
            var what = text.TrimStart().StartsWith('{')
                ? $"JSON it cannot read ({exception.Message.Split('.')[0]})"
                : ErrorBodyReader.Read(text, response.MediaType).Message ?? "an empty body";
            throw Broken(settings, operation, SecretRedactor.Redact(what, settings.ApiKey), exception);
        }
    }

    public static ProviderProtocolException Broken(ProviderSettings settings, string operation, string what, Exception? inner = null) =>
        new($"{settings.Identity.DisplayName} answered {operation} with {TextExcerpt.OneLine(what)}; this is not a valid answer.",
            new ProviderErrorDetails(settings.Identity.Name, operation, 200),
            inner);
}
