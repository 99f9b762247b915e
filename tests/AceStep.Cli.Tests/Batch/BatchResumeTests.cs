using System.Diagnostics;
using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests.Batch;

/// <summary>The built tool killed half-way through a batch (SIGKILL: no clean-up at all), then the same command again.</summary>
public sealed class BatchResumeTests
{
    [Fact]
    public async Task A_batch_interrupted_exits_130_and_the_same_command_finishes_it_sending_nothing_twice()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(500));
        world.WritePlan("stopped.jsonl", 6);
        string[] command = ["batch", "stopped.jsonl", .. world.ServerFlags()];
        var console = new TestConsole();
        using var interrupt = new CancellationTokenSource();

        var run = world.Sandbox.RunAsync(console, interrupt.Token, command);
        await console.ErrorWrittenAsync(" done on ").WaitAsync(TimeSpan.FromMinutes(2));
        await interrupt.CancelAsync();
        var stopped = await run;

        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        Assert.Contains("Run the same command again to resume", stopped.StandardError);
        var resumed = await world.Sandbox.RunAsync(command);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        await world.VerifyAsync("stopped", 6);
        Assert.Equal(6, await world.TotalJobsAsync());
    }

    [Fact]
    public async Task A_batch_killed_mid_run_resumes_without_losing_or_repeating_a_job()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(800));
        world.WritePlan("killed.jsonl", 10);
        string[] command = ["batch", "killed.jsonl", "--lease", "3", .. world.ServerFlags()];

        using (var process = Process.Start(CliProcess.StartInfo(world.Sandbox, [.. command, "--json"]))!)
        {
            process.StandardInput.Close();
            _ = process.StandardError.ReadToEndAsync();
            var completed = 0;
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (completed < 3 && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                using var batchEvent = JsonDocument.Parse(line);
                completed += batchEvent.RootElement.GetProperty("event").GetString() == "item_completed" ? 1 : 0;
            }

            Assert.Equal(3, completed);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(deadline.Token);
        }

        var resumed = await world.Sandbox.RunAsync(command);

        // A submission cut off between sending and recording its job id is never sent again by itself: it fails as
        // uncertain, and only the user's --retry-failed sends it again.
        var uncertain = 0;
        if (resumed.ExitCode == 12)
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(world.OutputOf("killed"), "batch.json")));
            var failed = manifest.RootElement.GetProperty("items").EnumerateArray().Where(item => item.GetProperty("state").GetString() == "failed").ToList();
            Assert.All(failed, item => Assert.Equal("uncertain", item.GetProperty("failure").GetString()));
            uncertain = failed.Count;
            resumed = await world.Sandbox.RunAsync([.. command, "--retry-failed"]);
        }

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        await world.VerifyAsync("killed", 10, killed: true);
        var accepted = await world.TotalJobsAsync();
        Assert.True(accepted >= 10 && accepted <= 10 + uncertain, $"the servers accepted {accepted} jobs for 10 items ({uncertain} uncertain)");
    }
}
