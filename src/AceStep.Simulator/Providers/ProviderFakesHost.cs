using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AceStep.Simulator.Providers;

/// <summary>
/// The provider fakes on a server of their own, on 127.0.0.1 and a free port: for tests, and for trying a client
/// against them without the ACE-Step simulator. Point a client's <c>api_url</c> at <see cref="OpenAiEndpoint"/>,
/// <see cref="ElevenLabsEndpoint"/> or <see cref="GeminiEndpoint"/>.
/// </summary>
public sealed class ProviderFakesHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProviderFakesHost(WebApplication app, ProviderFakes fakes, Uri baseAddress)
    {
        _app = app;
        Fakes = fakes;
        BaseAddress = baseAddress;
    }

    public ProviderFakes Fakes { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri OpenAiEndpoint => new(BaseAddress, "v1");

    public Uri ElevenLabsEndpoint => new(BaseAddress, "v1");

    public Uri GeminiEndpoint => new(BaseAddress, "v1beta");

    public static async Task<ProviderFakesHost> StartAsync(ProviderFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fakes = new ProviderFakes(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.UseRouting();
        fakes.Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ProviderFakesHost(app, fakes, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
