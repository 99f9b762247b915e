using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AceStep.Cli.Configuration;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

/// <summary>acestep doctor against nothing, the simulator on a probed port, keys right and wrong, a loading server, both versions.</summary>
public sealed class DoctorTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Nothing_listening_exits_5_with_the_start_command()
    {
        _sandbox.Variables["ACESTEP_API_URL"] = $"http://127.0.0.1:{FreePorts.Next()}";

        var (result, elapsed) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next(), FreePorts.Next()));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("✖ Nothing is listening at http://127.0.0.1:", result.StandardOutput);
        Assert.Contains("fix: Start the ACE-Step API: cd ACE-Step-1.5 && uv run acestep-api", result.StandardOutput);
        Assert.Contains("- Nothing listening on 127.0.0.1 port", result.StandardOutput);
        Assert.DoesNotContain("Server version", result.StandardOutput);
        Assert.True(elapsed < Limit, $"took {elapsed}");
    }

    [Fact]
    public async Task A_server_on_a_probed_port_is_found_and_the_fix_points_there()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var port = server.BaseAddress.Port;
        _sandbox.Variables["ACESTEP_API_URL"] = $"http://127.0.0.1:{FreePorts.Next()}";

        var (result, elapsed) = await DoctorAsync("--ports", FreePorts.List(port, FreePorts.Next()));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains($"fix: acestep config --set api_url http://127.0.0.1:{port}", result.StandardOutput);
        Assert.Contains($"- Also found: the ACE-Step API at http://127.0.0.1:{port}", result.StandardOutput);
        Assert.Contains("✔ Server version B", result.StandardOutput);
        Assert.True(elapsed < Limit, $"took {elapsed}");
    }

    [Fact]
    public async Task A_fresh_version_B_server_passes_and_says_its_models_load_on_the_first_job()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var (result, elapsed) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"✔ Server {server.BaseAddress.ToString().TrimEnd('/')}: the ACE-Step API answers", result.StandardOutput);
        Assert.Contains("✔ Protocol: native", result.StandardOutput);
        Assert.Contains("✔ Server version B", result.StandardOutput);
        Assert.Contains("✔ API key: none configured, and the server needs none", result.StandardOutput);
        Assert.Contains("✔ Queue: 0 waiting (capacity 200), 0 running; average job 5 s", result.StandardOutput);
        Assert.Contains("- Models: acestep-v15-turbo is not loaded yet", result.StandardOutput);
        Assert.Contains("✔ Clock: within", result.StandardOutput);
        Assert.Contains("is writable", result.StandardOutput);
        Assert.Contains("No problems found.", result.StandardError);
        Assert.True(elapsed < Limit, $"took {elapsed}");
    }

    [Fact]
    public async Task A_loaded_server_reports_its_model_and_language_model()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        Assert.Equal(0, (await _sandbox.RunAsync("init")).ExitCode);

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("✔ Models: acestep-v15-turbo loaded; 2 available", result.StandardOutput);
        Assert.Contains("✔ Language model: acestep-5Hz-lm", result.StandardOutput);
    }

    [Fact]
    public async Task A_server_without_its_language_model_gets_a_warning_with_the_init_command()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.Faults.LmUnavailable = true);
        Assert.Equal(0, (await _sandbox.RunAsync("init")).ExitCode);

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("! Language model: not loaded", result.StandardOutput);
        Assert.Contains("fix: acestep init --lm acestep-5Hz-lm", result.StandardOutput);
    }

    [Fact]
    public async Task The_right_key_is_accepted_and_never_printed()
    {
        const string key = "sk-doctor-right-key-8841";
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: key);

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));
        var (json, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("✔ API key: accepted by the server", result.StandardOutput);
        Assert.Contains("✔ api_key: configured (env ACESTEP_API_KEY)", result.StandardOutput);
        Assert.DoesNotContain(key, result.StandardOutput + result.StandardError + json.StandardOutput + json.StandardError);
    }

    [Fact]
    public async Task A_wrong_key_exits_4_with_the_command_to_set_it()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: "sk-doctor-server-key-1");
        _sandbox.Variables["ACESTEP_API_KEY"] = "sk-doctor-wrong-key-2";

        var (result, elapsed) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("✖ API key: rejected by the server (Invalid API key)", result.StandardOutput);
        Assert.Contains("fix: Set the right key: printf %s \"$KEY\" | acestep config --set api_key", result.StandardOutput);
        Assert.DoesNotContain("sk-doctor-wrong-key-2", result.StandardOutput + result.StandardError);
        Assert.True(elapsed < Limit, $"took {elapsed}");
    }

    [Fact]
    public async Task A_missing_key_for_a_server_that_needs_one_exits_4()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: "sk-doctor-server-key-3");
        _sandbox.Variables.Remove("ACESTEP_API_KEY");

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("✖ API key: the server requires one and none is configured (Missing Authorization header)", result.StandardOutput);
    }

    [Fact]
    public async Task A_version_B_server_busy_loading_its_models_exits_5_within_the_limit()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.Faults.ModelLoadDelay = TimeSpan.FromSeconds(60));
        var submitted = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "-q");
        Assert.True(submitted.ExitCode == 0, submitted.ToString());
        await Task.Delay(300);

        var (result, elapsed) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()), "--json");

        Assert.Equal(5, result.ExitCode);
        var check = result.Json().GetProperty("checks")[0];
        Assert.Equal("fail", check.GetProperty("outcome").GetString());
        Assert.Contains("did not answer /health within 5 s", check.GetProperty("message").GetString());
        Assert.Contains("loads its models", check.GetProperty("message").GetString());
        Assert.True(elapsed < Limit, $"took {elapsed}");
    }

    [Fact]
    public async Task A_version_A_server_passes_as_version_A()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.A);

        var (result, elapsed) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("✔ Server version A: models load at startup", result.StandardOutput);
        Assert.Contains("✔ Models: loaded at startup", result.StandardOutput);
        Assert.DoesNotContain("✖", result.StandardOutput);
        Assert.True(elapsed < Limit, $"took {elapsed}");
    }

    [Fact]
    public async Task Json_lists_every_check_and_every_secret_key_by_name()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        Assert.True(report.GetProperty("ok").GetBoolean());
        Assert.Equal(0, report.GetProperty("exit_code").GetInt32());
        Assert.Equal(server.BaseAddress.ToString().TrimEnd('/'), report.GetProperty("server").GetString());
        var names = report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("ffmpeg", names);
        Assert.Contains("ffprobe", names);
        Assert.Contains("fonts", names);
        Assert.Contains("output", names);
        Assert.All(ConfigKeys.All.Where(k => k.IsSecret), key => Assert.Contains(key.Name, names));
        Assert.All(report.GetProperty("checks").EnumerateArray(), c => Assert.Contains(c.GetProperty("outcome").GetString(), new[] { "pass", "fail", "warn", "info" }));
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_exits_10()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        _sandbox.Variables["ACESTEP_OUTPUT_DIR"] = _sandbox.WriteText("not-a-folder", "x");

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.Equal(10, result.ExitCode);
        Assert.Contains("✖ The output folder", result.StandardOutput);
    }

    [Fact]
    public async Task A_server_clock_ten_minutes_ahead_is_a_warning()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        using var moved = await admin.PostAsync("/_simulator/clock", new StringContent("""{"advance_seconds":600}""", Encoding.UTF8, "application/json"));
        moved.EnsureSuccessStatusCode();

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"! Clock: (59\d|60\d)\.\d s behind the server's", result.StandardOutput);
    }

    [Fact]
    public async Task Something_else_on_the_Gradio_port_gets_the_enable_api_hint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var answering = AnswerNotFoundAsync(listener);
        _sandbox.Variables["ACESTEP_API_URL"] = $"http://127.0.0.1:{port}";

        var (result, _) = await DoctorAsync("--ports", FreePorts.List(FreePorts.Next()));
        listener.Stop();
        await answering;

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("answers, but not as the ACE-Step API (HTTP 404 on /health)", result.StandardOutput);
    }

    [Fact]
    public async Task A_bad_port_list_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("doctor", "--ports", "8001,abc");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ports", result.StandardError);
    }

    private async Task<(CliResult Result, TimeSpan Elapsed)> DoctorAsync(params string[] args)
    {
        var watch = Stopwatch.StartNew();
        var result = await _sandbox.RunAsync(["doctor", .. args]);
        return (result, watch.Elapsed);
    }

    /// <summary>A web server that is not the API (as the Gradio UI without --enable-api): 404 for everything.</summary>
    private static async Task AnswerNotFoundAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                using var connection = await listener.AcceptTcpClientAsync();
                var stream = connection.GetStream();
                var buffer = new byte[4096];
                _ = await stream.ReadAsync(buffer);
                var body = """{"detail":"Not Found"}""";
                var response = $"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: {body.Length}\r\nconnection: close\r\n\r\n{body}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The listener was stopped: the test is over.
        }
    }
}
