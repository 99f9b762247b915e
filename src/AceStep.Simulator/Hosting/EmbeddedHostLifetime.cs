namespace AceStep.Simulator.Hosting;

/// <summary>
/// Replaces the generic host's console lifetime, which would take over Ctrl+C and SIGTERM: the simulator runs
/// inside test processes and under its own command line, and whoever started it decides when it stops.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
