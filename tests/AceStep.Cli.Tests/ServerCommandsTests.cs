using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

/// <summary>stats, models --inventory, init, lora and --reference-audio against the simulator over HTTP, on both server versions.</summary>
public sealed class ServerCommandsTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task Stats_counts_finished_jobs_and_estimates_the_wait(ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version, apiKey: "sk-stats-key-1");
        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");
        Assert.True(generated.ExitCode == 0, generated.ToString());

        var json = await _sandbox.RunAsync("stats", "--json");
        var text = await _sandbox.RunAsync("stats");

        Assert.True(json.ExitCode == 0, json.ToString());
        var report = json.Json();
        Assert.Equal(1, report.GetProperty("total_jobs").GetInt32());
        Assert.Equal(1, report.GetProperty("succeeded_jobs").GetInt32());
        Assert.Equal(200, report.GetProperty("queue_max_size").GetInt32());
        Assert.Equal(0, report.GetProperty("estimated_wait_seconds").GetDouble());
        Assert.Contains("Jobs: 1 total", text.StandardOutput);
        Assert.Contains("Average job time:", text.StandardOutput);
    }

    [Fact]
    public async Task Stats_with_a_wrong_key_exits_4()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: "sk-right-key-1");
        _sandbox.Variables["ACESTEP_API_KEY"] = "sk-wrong-key-2";

        var result = await _sandbox.RunAsync("stats");

        Assert.Equal(4, result.ExitCode);
    }

    [Fact]
    public async Task Models_inventory_lists_every_model_and_the_LM_state_on_version_B()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var json = await _sandbox.RunAsync("models", "--inventory", "--json");
        var text = await _sandbox.RunAsync("models", "--inventory");

        Assert.True(json.ExitCode == 0, json.ToString());
        var report = json.Json();
        Assert.Equal("acestep-v15-turbo", report.GetProperty("default_model").GetString());
        Assert.Equal(["acestep-v15-base", "acestep-v15-turbo"], report.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.False(report.GetProperty("models")[1].GetProperty("is_loaded").GetBoolean());
        Assert.True(report.GetProperty("lm_models").GetArrayLength() >= 1);
        Assert.Contains("acestep-v15-turbo  [default]", text.StandardOutput);
        Assert.Contains("Language model: not loaded", text.StandardOutput);
    }

    [Fact]
    public async Task Models_inventory_on_version_A_says_the_server_lacks_it()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.A);

        var result = await _sandbox.RunAsync("models", "--inventory");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("This server has no model inventory", result.StandardError);
        Assert.Contains("git pull", result.StandardError);
    }

    [Fact]
    public async Task Init_waits_for_a_slow_load_with_progress_and_switches_the_model()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.Faults.ModelLoadDelay = TimeSpan.FromSeconds(2.5));

        var result = await _sandbox.RunAsync("init", "--model", "acestep-v15-base", "--json");
        var inventory = await _sandbox.RunAsync("models", "--inventory", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("acestep-v15-base", result.Json().GetProperty("loaded_model").GetString());
        Assert.True(result.Json().GetProperty("seconds").GetDouble() >= 2);
        Assert.Contains("models not loaded yet", result.StandardError);
        Assert.True(inventory.Json().GetProperty("models")[0].GetProperty("is_loaded").GetBoolean());
    }

    [Fact]
    public async Task Init_past_its_timeout_exits_9()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.Faults.ModelLoadDelay = TimeSpan.FromSeconds(30));

        var result = await _sandbox.RunAsync("init", "--timeout", "1");

        Assert.Equal(9, result.ExitCode);
    }

    [Fact]
    public async Task Init_with_a_language_model_the_server_cannot_load_exits_6()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.Faults.LmUnavailable = true);

        var result = await _sandbox.RunAsync("init", "--lm", "acestep-5Hz-lm-1.7B");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("not the language model acestep-5Hz-lm-1.7B", result.StandardError);
        Assert.Contains("Language model: not loaded", result.StandardOutput);
    }

    [Fact]
    public async Task Init_on_version_A_explains_that_models_load_at_startup()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.A);

        var result = await _sandbox.RunAsync("init");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("loads its models at startup", result.StandardError);
    }

    [Fact]
    public async Task Lora_load_scale_disable_and_unload_show_the_adapters()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: "sk-lora-key-1");
        var adapter = Directory.CreateDirectory(Path.Combine(_sandbox.Root, "adapters", "ink")).FullName;
        Assert.Equal(0, (await _sandbox.RunAsync("init")).ExitCode);

        var loaded = await _sandbox.RunAsync("lora", "load", adapter);
        var scaled = await _sandbox.RunAsync("lora", "scale", "0.3", "--json");
        var disabled = await _sandbox.RunAsync("lora", "disable");
        var listed = await _sandbox.RunAsync("lora", "list", "--json");
        var unloaded = await _sandbox.RunAsync("lora", "unload");

        Assert.True(loaded.ExitCode == 0, loaded.ToString());
        Assert.Contains("ink  scale 1.00  [active]", loaded.StandardOutput);
        Assert.Equal(0.3, scaled.Json().GetProperty("scales").GetProperty("ink").GetDouble());
        Assert.Contains("Adapters: off", disabled.StandardOutput);
        Assert.False(listed.Json().GetProperty("enabled").GetBoolean());
        Assert.Equal(["ink"], listed.Json().GetProperty("adapters").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("No adapter loaded.", unloaded.StandardOutput);
    }

    [Fact]
    public async Task Lora_before_the_models_load_points_to_init()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("lora", "list");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("acestep init", result.StandardError);
    }

    [Fact]
    public async Task Lora_with_a_path_the_server_lacks_exits_6_with_its_message()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        await _sandbox.RunAsync("init");

        var result = await _sandbox.RunAsync("lora", "load", "/no/such/adapter");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("LoRA path not found: /no/such/adapter", result.StandardError);
        Assert.Contains("server's machine", result.StandardError);
    }

    [Fact]
    public async Task Lora_on_version_A_says_the_server_has_no_lora_routes()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.A);

        var result = await _sandbox.RunAsync("lora", "list", "--json");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("no LoRA routes", result.StandardError);
        Assert.Equal("not_supported", result.Json().GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Lora_scale_outside_0_to_1_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("lora", "scale", "1.5");

        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("native", ServerVersion.A)]
    [InlineData("native", ServerVersion.B)]
    [InlineData("completion", ServerVersion.B)]
    public async Task Reference_audio_is_uploaded_with_the_generation(string mode, ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version, mode: mode);
        _sandbox.WriteFile("style.wav", TestAudio.Wav(4));

        var generated = await _sandbox.RunAsync("generate", "Rock", "--reference-audio", "style.wav", "--duration", "10", "--json");
        var covered = await _sandbox.RunAsync("cover", "style.wav", "--ref-audio", "style.wav", "-c", "Jazz", "--duration", "8", "--json");

        Assert.True(generated.ExitCode == 0, generated.ToString());
        Assert.True(covered.ExitCode == 0, covered.ToString());
        var request = ResultFiles.ReadResult(_sandbox, generated.Json().GetProperty("job_id").GetString()!).GetProperty("request");
        Assert.EndsWith("style.wav", request.GetProperty("reference_audio").GetString());
    }

    [Fact]
    public async Task A_missing_reference_audio_file_exits_2_before_sending()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--reference-audio", "missing.wav");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("The reference audio file missing.wav does not exist", result.StandardError);
    }
}
