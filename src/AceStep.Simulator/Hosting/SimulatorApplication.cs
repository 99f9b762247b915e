using System.Net;
using AceStep.Simulator.State;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AceStep.Simulator.Hosting;

/// <summary>Builds the ASP.NET Core application: Kestrel, the middleware that imitates upstream, and the routes.</summary>
internal static class SimulatorApplication
{
    public static WebApplication Build(SimulatorContext context)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
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

        var app = builder.Build();
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.UseMiddleware<FastApiStatusBodyMiddleware>();
        app.UseMiddleware<SimulatedProcessMiddleware>(context);
        if (context.IsVersionB)
        {
            app.UseCors(LocalhostCors.Configure);
        }

        app.UseRouting();
        SimulatorRoutes.Map(app, context);
        return app;
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
