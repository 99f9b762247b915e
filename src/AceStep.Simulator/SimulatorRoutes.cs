using AceStep.Simulator.Admin;
using AceStep.Simulator.Chat;
using AceStep.Simulator.Endpoints;
using AceStep.Simulator.State;

namespace AceStep.Simulator;

/// <summary>
/// The route table: every path the simulator answers and the endpoint behind it. Version B adds the model
/// management and sample routes that version A does not have; the admin routes live under a reserved prefix.
/// </summary>
internal static class SimulatorRoutes
{
    public static void Map(WebApplication app, SimulatorContext context)
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
        context.Providers.MapUnderPrefixes(app);
        if (context.IsVersionB && context.Options.TranscribeRoute)
        {
            app.MapPost("/v1/transcribe", new TranscribeEndpoint(context).HandleAsync);
        }

        if (context.IsVersionB)
        {
            app.MapGet("/v1/model_inventory", new ModelInventoryEndpoint(context).HandleAsync);
            app.MapPost("/v1/create_sample", new CreateSampleEndpoint(context).HandleAsync);
            app.MapPost("/v1/init", new InitEndpoint(context).HandleAsync);
            app.MapPost("/v1/reinitialize", new ReinitializeEndpoint(context).HandleAsync);
            new LoraEndpoints(context).Map(app);
        }
    }
}
