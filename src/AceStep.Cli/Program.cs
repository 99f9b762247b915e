using System.Runtime.InteropServices;
using AceStep.Cli;
using AceStep.Cli.Platform;

using var interrupt = new CancellationTokenSource();

// Ctrl+C (SIGINT) and a polite kill (SIGTERM, as agents and CI send) stop waiting gracefully: the job is kept
// and the ledger says so. A second signal ends the process at once.
void StopWaiting(PosixSignalContext context)
{
    if (!interrupt.IsCancellationRequested)
    {
        context.Cancel = true;
        interrupt.Cancel();
    }
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopWaiting);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopWaiting);

return await CliApplication.RunAsync(args, CliEnvironment.FromProcess(), interrupt.Token);
