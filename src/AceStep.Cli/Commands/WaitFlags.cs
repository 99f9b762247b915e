using System.CommandLine;
using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands;

/// <summary>The flags of every command that waits for a job and saves its files.</summary>
internal sealed class WaitFlags
{
    private const int MaximumTimeoutSeconds = 7 * 24 * 3600; // one week

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

    public WaitOptions Read(ParseResult parse)
    {
        var seconds = NumberParser.Integer(parse.GetValue(Timeout), "--timeout", 1, MaximumTimeoutSeconds);
        return new WaitOptions(
            NoWait: parse.GetValue(NoWait),
            Timeout: seconds is { } value ? TimeSpan.FromSeconds(value) : null,
            Force: parse.GetValue(Force));
    }
}
