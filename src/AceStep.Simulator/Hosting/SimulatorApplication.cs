using System.Net;
using AceStep.Simulator.Endpoints;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AceStep.Simulator.Hosting;

/// <summary>Builds the ASP.NET Core application: Kestrel, the middleware that imitates upstream, and the routes.</summary>
internal static class SimulatorApplication
{
    public static WebApplication Build(SimulatorContext context)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SimulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (context.Options.VerboseLogging)
        {
            builder.Logging.AddSimpleConsole();
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            Listen(kestrel, context.Options.Host, context.Options.Port);
        });

        WebApplication app = builder.Build();
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.UseMiddleware<FastApiStatusBodyMiddleware>();
        app.UseMiddleware<SimulatedProcessMiddleware>(context);
        app.UseRouting();
        MapRoutes(app, context);
        return app;
    }

    private static void MapRoutes(WebApplication app, SimulatorContext context)
    {
        app.MapGet("/health", new HealthEndpoint(context).HandleAsync);
        app.MapPost("/release_task", new ReleaseTaskEndpoint(context).HandleAsync);
        app.MapPost("/query_result", new QueryResultEndpoint(context).HandleAsync);
        app.MapGet("/v1/audio", new AudioEndpoint(context).HandleAsync);
    }

    private static void Listen(KestrelServerOptions kestrel, string host, int port)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.Listen(IPAddress.Loopback, port);
        }
        else if (host is "*" or "+")
        {
            kestrel.Listen(IPAddress.Any, port);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(host), port);
        }
    }
}
