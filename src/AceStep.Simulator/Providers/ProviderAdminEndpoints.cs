using System.Net;
using System.Text.Json;
using AceStep.Simulator.Providers.Faults;
using AceStep.Simulator.Providers.Wire;
using Microsoft.AspNetCore.Routing;

namespace AceStep.Simulator.Providers;

/// <summary>
/// <c>GET|PUT|DELETE /_simulator/providers/faults</c>: the provider fakes' fault switches as a JSON document, for
/// clients that are not in the same process. Loopback clients only; others get 404.
/// </summary>
internal sealed class ProviderAdminEndpoints(ProviderFakes fakes)
{
    public const string FaultsPath = "/_simulator/providers/faults";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(FaultsPath, context => LoopbackOnly(context, WriteDocumentAsync));
        routes.MapDelete(FaultsPath, context => LoopbackOnly(context, ctx =>
        {
            fakes.Faults.Reset();
            return WriteDocumentAsync(ctx);
        }));
        routes.MapPut(FaultsPath, context => LoopbackOnly(context, UpdateAsync));
    }

    private static Task LoopbackOnly(HttpContext context, Func<HttpContext, Task> handle) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
            ? handle(context)
            : Detail(context, 404, "Not Found");

    private async Task UpdateAsync(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the body must be a JSON object");
            }

            List<ProviderFault>? faults = root.TryGetProperty("faults", out var list) ? [.. list.EnumerateArray().Select(ParseFault)] : null;
            double? misheard = root.TryGetProperty("misheard_share", out var m) ? Share(m, "misheard_share") : null;
            double? missed = root.TryGetProperty("missed_share", out var d) ? Share(d, "missed_share") : null;
            if (faults is not null)
            {
                fakes.Faults.Replace(faults);
            }

            fakes.Faults.MisheardShare = misheard ?? fakes.Faults.MisheardShare;
            fakes.Faults.MissedShare = missed ?? fakes.Faults.MissedShare;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            await Detail(context, 400, $"Invalid provider fault document: {exception.Message}");
            return;
        }

        await WriteDocumentAsync(context);
    }

    private static ProviderFault ParseFault(JsonElement item)
    {
        var target = item.GetProperty("target").GetString() ?? throw new FormatException("a fault needs a target");
        if (!ProviderFaultKindNames.TryParse(item.GetProperty("kind").GetString(), out var kind))
        {
            throw new FormatException($"kind must be one of {string.Join(", ", ProviderFaultKindNames.All)}");
        }

        var status = item.TryGetProperty("status", out var s) ? s.GetInt32() : 500;
        var count = item.TryGetProperty("count", out var c) ? c.GetInt32() : 1;
        var seconds = item.TryGetProperty("seconds", out var t) ? t.GetDouble() : 1;
        return count < 0 ? throw new FormatException("count must be 0 (every request) or more") : new ProviderFault(target, kind, status, count, seconds);
    }

    private static double Share(JsonElement value, string name) =>
        value.GetDouble() is var share && share is >= 0 and <= 1 ? share : throw new FormatException($"{name} must be between 0 and 1");

    private Task WriteDocumentAsync(HttpContext context) =>
        FakeJson.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("misheard_share", fakes.Faults.MisheardShare);
            writer.WriteNumber("missed_share", fakes.Faults.MissedShare);
            writer.WriteStartArray("faults");
            foreach ((var fault, var remaining) in fakes.Faults.Snapshot())
            {
                writer.WriteStartObject();
                writer.WriteString("target", fault.Target);
                writer.WriteString("kind", ProviderFaultKindNames.NameOf(fault.Kind));
                writer.WriteNumber("status", fault.Status);
                writer.WriteNumber("count", fault.Count);
                writer.WriteNumber("seconds", fault.Seconds);
                if (remaining is { } left)
                {
                    writer.WriteNumber("remaining", left);
                }
                else
                {
                    writer.WriteNull("remaining");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static Task Detail(HttpContext context, int status, string message) =>
        FakeJson.WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("detail", message);
            writer.WriteEndObject();
        });
}
