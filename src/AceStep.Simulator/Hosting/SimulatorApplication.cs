using System.Net;
using AceStep.Simulator.Admin;
using AceStep.Simulator.Chat;
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

        // In-flight downloads or streams must not keep a test's dispose waiting for long.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            Listen(kestrel, context.Options.Host, context.Options.Port);
        });

        if (context.IsVersionB)
        {
            builder.Services.AddCors();
        }

        WebApplication app = builder.Build();
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.UseMiddleware<FastApiStatusBodyMiddleware>();
        app.UseMiddleware<SimulatedProcessMiddleware>(context);
        if (context.IsVersionB)
        {
            app.UseCors(LocalhostCors.Configure);
        }

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
        app.MapGet("/v1/models", new ModelsEndpoint(context).HandleAsync);
        app.MapGet("/v1/stats", new StatsEndpoint(context).HandleAsync);
        app.MapPost("/format_input", new FormatInputEndpoint(context).HandleAsync);
        app.MapPost("/create_random_sample", new RandomSampleEndpoint(context).HandleAsync);
        app.MapPost("/v1/chat/completions", new ChatCompletionsEndpoint(context).HandleAsync);
        new AdminEndpoints(context).Map(app);
        if (context.IsVersionB)
        {
            app.MapGet("/v1/model_inventory", new ModelInventoryEndpoint(context).HandleAsync);
            app.MapPost("/v1/create_sample", new CreateSampleEndpoint(context).HandleAsync);
            app.MapPost("/v1/init", new InitEndpoint(context).HandleAsync);
            app.MapPost("/v1/reinitialize", new ReinitializeEndpoint(context).HandleAsync);
        }
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
