using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// A tiny Kestrel server on 127.0.0.1:0 that answers every POST /v1/chat/completions with a pre-generated file,
/// streamed from disk. It runs in its own process so that its memory does not count against the client's.
/// </summary>
internal static class CompletionFileServer
{
    public static async Task RunAsync(string bodyPath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            // The request body is not needed; drain it so the connection stays reusable.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            // A file named *.sse holds a streamed answer (server-sent events), anything else a JSON one.
            context.Response.ContentType = bodyPath.EndsWith(".sse", StringComparison.Ordinal) ? "text/event-stream; charset=utf-8" : "application/json";
            await context.Response.SendFileAsync(bodyPath, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.Out.WriteLine($"listening {address}/");
        Console.Out.Flush();
        await app.WaitForShutdownAsync();
    }
}
