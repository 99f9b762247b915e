using System.CommandLine;

namespace AceStep.Cli.Commands;

/// <summary>Options of every command that waits for a job and saves its files.</summary>
internal sealed class WaitOptions
{
    public Option<bool> NoWait { get; } = new("--no-wait") { Description = "Native mode: submit, print the job id and exit; fetch later with 'acestep status ID'" };

    public Option<string> Timeout { get; } = new("--timeout") { Description = "Seconds to wait before giving up (default: timeout, 1800); the job keeps running", HelpName = "SECONDS" };

    public Option<bool> Force { get; } = new("--force") { Description = "Overwrite existing result files" };

    public void AddTo(Command command, bool includeNoWait = true)
    {
        if (includeNoWait)
        {
            command.Options.Add(NoWait);
        }

        command.Options.Add(Timeout);
        command.Options.Add(Force);
    }
}
