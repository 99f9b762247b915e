using AceStep.Simulator;
using AceStep.Simulator.CommandLine;

return await SimulatorCommand.Create(RunAsync).Parse(args).InvokeAsync();

static async Task<int> RunAsync(SimulatorOptions options, CancellationToken cancellation)
{
    SimulatorServer server;
    try
    {
        server = await SimulatorServer.StartAsync(options, cancellation);
    }
    catch (IOException exception)
    {
        await Console.Error.WriteLineAsync($"error: cannot listen on {options.Host}:{options.Port}: {exception.Message}");
        return 1;
    }
    catch (InvalidOperationException exception)
    {
        // Version A with --model-load-error: upstream exits when the primary model fails to load.
        await Console.Error.WriteLineAsync($"error: {exception.Message}");
        return 1;
    }

    await using var running = server;
    // Scripts and tests parse this exact line to learn the port.
    Console.Out.WriteLine($"ACE-Step simulator listening on {server.BaseAddress.GetLeftPart(UriPartial.Authority)}");
    Console.Out.Flush();
    try
    {
        // Runs until Ctrl+C or SIGTERM cancels the wait; the delay never ends on its own.
        await Task.Delay(Timeout.InfiniteTimeSpan, options.TimeProvider, cancellation);
    }
    catch (OperationCanceledException)
    {
        // Ctrl+C or SIGTERM: shut down cleanly.
    }

    return 0;
}
