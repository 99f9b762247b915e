using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests.Batch;

/// <summary><c>acestep batch</c> in process, over real HTTP against simulators, on the default SQLite queue.</summary>
public sealed class BatchCommandTests
{
    [Fact]
    public async Task A_ten_line_plan_over_two_servers_makes_each_song_once()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(300));
        world.WritePlan("album.jsonl", 10);

        var result = await world.Sandbox.RunAsync(["batch", "album.jsonl", .. world.ServerFlags()]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var items = await world.VerifyAsync("album", 10);
        Assert.Equal(10, await world.TotalJobsAsync());
        Assert.Equal(2, items.Select(item => item.GetProperty("server").GetString()).Distinct().Count());
        Assert.Contains(world.OutputOf("album"), result.StandardOutput);
        Assert.Contains("progress: 10/10 done, 0 running, 0 queued, 0 failed", result.StandardError);
        Assert.DoesNotContain("\u001b[", result.StandardError);
        Assert.True(File.Exists(world.QueueFile));
    }

    [Fact]
    public async Task Running_the_same_plan_again_sends_nothing_new_and_adds_only_new_lines()
    {
        await using var world = await BatchWorld.StartAsync(1, TimeSpan.FromMilliseconds(100));
        world.WritePlan("sweep.jsonl", 3);
        Assert.Equal(0, (await world.Sandbox.RunAsync(["batch", "sweep.jsonl", .. world.ServerFlags()])).ExitCode);

        var again = await world.Sandbox.RunAsync(["batch", "sweep.jsonl", .. world.ServerFlags()]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(3, await world.TotalJobsAsync());

        world.WritePlan("sweep.jsonl", 5);
        var grown = await world.Sandbox.RunAsync(["batch", "sweep.jsonl", .. world.ServerFlags()]);
        Assert.True(grown.ExitCode == 0, grown.ToString());
        Assert.Equal(5, await world.TotalJobsAsync());
        await world.VerifyAsync("sweep", 5);
    }

    [Fact]
    public async Task Json_streams_one_event_a_line_from_start_to_finish()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(200));
        world.WritePlan("agents.jsonl", 4);

        var result = await world.Sandbox.RunAsync(["batch", "agents.jsonl", "--json", .. world.ServerFlags()]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var events = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        var names = events.Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Equal("batch_started", names[0]);
        Assert.Equal("batch_finished", names[^1]);
        Assert.Equal(4, events.Where(e => e.GetProperty("event").GetString() == "item_completed").Select(e => e.GetProperty("key").GetString()).Distinct().Count());
        Assert.Equal(4, events.Count(e => e.GetProperty("event").GetString() == "item_submitted"));
        var progress = events.Last(e => e.GetProperty("event").GetString() == "progress");
        Assert.Equal(4, progress.GetProperty("overall").GetProperty("done").GetInt32());
        Assert.Equal(2, progress.GetProperty("servers").GetArrayLength());
        Assert.Equal(4, events[^1].GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task The_example_plan_and_matrix_of_the_docs_run_to_the_end()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(100));
        var examples = Path.Combine(RepositoryRoot(), "docs", "examples");

        var plan = await world.Sandbox.RunAsync(["batch", Path.Combine(examples, "batch-plan.jsonl"), .. world.ServerFlags()]);
        var matrix = await world.Sandbox.RunAsync(["batch", "--matrix", Path.Combine(examples, "batch-matrix.yaml"), .. world.ServerFlags()]);

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.True(matrix.ExitCode == 0, matrix.ToString());
        await world.VerifyAsync("batch-plan", 10);
        await world.VerifyAsync("batch-matrix", 12);
    }

    [Fact]
    public async Task A_bad_plan_line_is_reported_with_its_line_and_nothing_is_queued_or_written()
    {
        await using var world = await BatchWorld.StartAsync(1, TimeSpan.FromMilliseconds(100));
        world.Sandbox.WriteText("bad.jsonl", "{\"caption\": \"fine\"}\n# a comment\n{\"caption\": \"too fast\", \"bpm\": 500}\n{\"caption\": \"fine too\"}\n{\"lyric\": \"typo\"}\n");

        var result = await world.Sandbox.RunAsync(["batch", "bad.jsonl", .. world.ServerFlags()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3: 'bpm' must be from 30 to 300", result.StandardError);
        Assert.Contains("line 5: unknown field 'lyric'", result.StandardError);
        Assert.Contains("Nothing was queued", result.StandardError);
        Assert.Equal("", result.StandardOutput);
        Assert.False(Directory.Exists(world.Sandbox.OutputDirectory));
        Assert.False(File.Exists(world.QueueFile));
        Assert.Equal(0, await world.TotalJobsAsync());
    }

    [Fact]
    public async Task A_matrix_spec_expands_into_every_combination()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(100));
        world.Sandbox.WriteText("seeds.yaml", "base: { duration: 10, thinking: false }\ncaptions: [\"lofi\", \"synthwave\"]\nseeds: [1, 2, 3]\n");

        var result = await world.Sandbox.RunAsync(["batch", "--matrix", "seeds.yaml", .. world.ServerFlags()]);

        Assert.True(result.ExitCode == 0, result.ToString());
        await world.VerifyAsync("seeds", 6);
        Assert.Equal(6, await world.TotalJobsAsync());
    }

    [Fact]
    public async Task Servers_from_the_config_use_their_own_keys_which_are_never_printed_or_saved()
    {
        const string Key = "sk-batch-secret-4711-abcdef";
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(150), (index, options) => options.ApiKey = index == 0 ? Key : null);
        var locked = world.Servers[0].BaseAddress.ToString();
        var open = world.Servers[1].BaseAddress.ToString();
        world.Sandbox.WriteText(
            "../home/.config/acestep/config.json",
            $"{{\"servers\": [{{\"url\": \"{locked}\", \"mode\": \"native\", \"api_key\": \"{Key}\", \"capacity\": 1}}, {{\"url\": \"{open}\", \"mode\": \"native\"}}]}}");
        world.WritePlan("keys.jsonl", 6);

        var result = await world.Sandbox.RunAsync("batch", "keys.jsonl", "--json");
        var list = await world.Sandbox.RunAsync("config", "--list");

        Assert.True(result.ExitCode == 0, result.ToString());
        var items = await world.VerifyAsync("keys", 6);
        Assert.Equal(2, items.Select(item => item.GetProperty("server").GetString()).Distinct().Count());
        Assert.DoesNotContain(Key, result.StandardOutput + result.StandardError + list.StandardOutput + list.StandardError);
        var leaked = world.Sandbox.AllFiles().Where(path => !path.EndsWith("config.json", StringComparison.Ordinal) && !path.Contains("/server", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains(Key, StringComparison.Ordinal));
        Assert.Empty(leaked);
    }

    [Fact]
    public async Task A_server_list_with_a_bad_entry_is_a_configuration_error_that_names_it()
    {
        await using var world = await BatchWorld.StartAsync(1, TimeSpan.FromMilliseconds(100));
        world.Sandbox.WriteText("../home/.config/acestep/config.json", "{\"servers\": [{\"url\": \"http://gpu1:8001\", \"mode\": \"fast\", \"api_key\": \"sk-never-shown-99\"}]}");
        world.WritePlan("one.jsonl", 1);

        var result = await world.Sandbox.RunAsync("batch", "one.jsonl");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("servers[0]: mode 'fast' is not valid", result.StandardError);
        Assert.DoesNotContain("sk-never-shown-99", result.StandardError);
    }

    [Fact]
    public async Task When_every_server_is_down_the_batch_gives_up_at_the_deadline_with_exit_5()
    {
        await using var world = await BatchWorld.StartAsync(0, TimeSpan.Zero);
        world.WritePlan("offline.jsonl", 3);
        string[] nobody = ["--server", $"http://127.0.0.1:{FreePort()}", "--server", $"http://127.0.0.1:{FreePort()}"];

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await world.Sandbox.RunAsync(["batch", "offline.jsonl", "--give-up-after", "2", .. nobody]);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("Every server stayed unreachable", result.StandardError);
        Assert.Contains("run the same command again to resume", result.StandardError);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"took {watch.Elapsed}");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(world.OutputOf("offline"), "batch.json")));
        Assert.All(manifest.RootElement.GetProperty("items").EnumerateArray(), item => Assert.Equal("pending", item.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task On_a_terminal_the_progress_block_shows_every_server()
    {
        await using var world = await BatchWorld.StartAsync(2, TimeSpan.FromMilliseconds(200));
        world.WritePlan("live.jsonl", 4);
        var console = new TestConsole(terminal: true);

        var exit = await world.Sandbox.RunAsync(console, CancellationToken.None, ["batch", "live.jsonl", .. world.ServerFlags()]);

        Assert.True(exit.ExitCode == 0, exit.ToString());
        Assert.Contains("\u001b[2K4/4 done, 0 running, 0 queued, 0 failed", console.StandardError);
        foreach (var server in world.Servers)
        {
            Assert.Contains($"\u001b[2K  {server.BaseAddress.Authority}", console.StandardError);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "AceStep.slnx")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("The repository root (AceStep.slnx) was not found above the test binaries.");
        }

        return directory.FullName;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
