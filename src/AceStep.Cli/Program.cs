using AceStep.Cli;
using AceStep.Cli.Hosting;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops waiting gracefully (the job is kept); a second one ends the process at once.
    if (!interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

return await CliApplication.RunAsync(args, CliEnvironment.FromProcess(), interrupt.Token);
