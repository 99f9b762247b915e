using AceStep.Cli.Rendering;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

public sealed class RenderingTests
{
    private static readonly ProgressSnapshot Queued = new("Queued", null, null, 3, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(90));
    private static readonly ProgressSnapshot Running = new("Generating", "Decoding audio", 52, null, TimeSpan.FromSeconds(75), TimeSpan.FromSeconds(20));

    [Fact]
    public void Status_line_shows_stage_percent_queue_elapsed_and_estimate()
    {
        Assert.Equal("Queued · queue position 3 · 4s elapsed · about 1m30s left", StatusLineFormatter.Format(Queued));
        Assert.Equal("Generating: Decoding audio 52% · 1m15s elapsed · about 20s left", StatusLineFormatter.Format(Running));
    }

    [Fact]
    public void On_a_terminal_the_line_is_rewritten_in_place()
    {
        var console = new TestConsole(terminal: true);
        var renderer = new ProgressRenderer(console, live: true, silent: false);

        renderer.Report(Queued);
        renderer.Report(Running);
        renderer.Complete();

        Assert.StartsWith("\rQueued", console.StandardError);
        Assert.Contains("\rGenerating: Decoding audio 52%", console.StandardError);
        Assert.DoesNotContain("\n", console.StandardError);
    }

    [Fact]
    public void Without_a_terminal_each_change_is_one_plain_line()
    {
        var console = new TestConsole();
        var renderer = new ProgressRenderer(console, live: false, silent: false);

        renderer.Report(Queued);
        renderer.Report(Queued with { Elapsed = TimeSpan.FromSeconds(5) });
        renderer.Report(Running);

        var lines = console.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("\r", console.StandardError);
    }

    [Fact]
    public void Colour_only_when_enabled()
    {
        Assert.Equal("\u001b[31mx\u001b[0m", new Palette(enabled: true).Red("x"));
        Assert.Equal("x", new Palette(enabled: false).Red("x"));
    }

    [Fact]
    public async Task Colour_on_a_terminal_unless_no_color_is_set()
    {
        using var sandbox = new CliSandbox();
        var terminal = new TestConsole(terminal: true);
        await sandbox.RunAsync(terminal, CancellationToken.None, "generate", "--bpm", "1", "Rock");
        sandbox.Variables["NO_COLOR"] = "1";
        var noColor = new TestConsole(terminal: true);
        await sandbox.RunAsync(noColor, CancellationToken.None, "generate", "--bpm", "1", "Rock");

        Assert.Contains("\u001b[31mError: \u001b[0m", terminal.StandardError);
        Assert.DoesNotContain("\u001b[", noColor.StandardError);
    }

    [Fact]
    public void Reporter_scrubs_registered_secrets_from_everything_it_writes()
    {
        var console = new TestConsole();
        var reporter = new Reporter(console, json: false, quiet: false, color: false);
        reporter.AddSecret("hunter2-secret");

        reporter.Status("server said: bad key hunter2-secret");
        reporter.Result("hunter2-secret");

        Assert.DoesNotContain("hunter2-secret", console.StandardError + console.StandardOutput);
    }
}
