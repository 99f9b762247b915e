using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

public sealed class GenerateNativeTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task Caption_and_lyrics_produce_audio_and_the_documented_result_file(ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version);

        var result = await _sandbox.RunAsync("generate", "-c", "Electronic pop, energetic synths", "-l", "[Verse] Your complete lyrics [Chorus] Full chorus here...", "--duration", "12", "--bpm", "128", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var jobId = report.GetProperty("job_id").GetString()!;
        Assert.Equal("succeeded", report.GetProperty("state").GetString());
        Assert.Single(report.GetProperty("files").EnumerateArray());
        var saved = ResultFiles.ReadResult(_sandbox, jobId);
        ResultFiles.AssertHasTheDocumentedResultFields(saved);
        Assert.Equal("native", saved.GetProperty("mode").GetString());
        Assert.Equal("Electronic pop, energetic synths", saved.GetProperty("metas").GetProperty("prompt").GetString());
        Assert.Equal(128, saved.GetProperty("metas").GetProperty("bpm").GetInt32());
        Assert.Equal(128, saved.GetProperty("request").GetProperty("bpm").GetInt32());
        Assert.Equal($"{jobId}_1.mp3", saved.GetProperty("files")[0].GetProperty("name").GetString());
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Batch_option_yields_that_many_files()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--batch", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.Json().GetProperty("files").GetArrayLength());
        Assert.Equal(2, ResultFiles.AudioFiles(_sandbox).Length);
    }

    [Fact]
    public async Task Configured_batch_size_is_honoured()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        await _sandbox.RunAsync("config", "--set", "generation.batch_size", "2");

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.Json().GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task Default_batch_is_one_file_not_the_servers_two()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Jazz with saxophone", "--duration", "10", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Audio_file_extension_follows_the_content()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Ambient", "--duration", "10", "--format", "flac", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var file = Assert.Single(ResultFiles.AudioFiles(_sandbox));
        Assert.EndsWith(".flac", file);
        Assert.Equal("fLaC", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file), 0, 4));
    }

    [Fact]
    public async Task Json_output_is_exactly_one_document_and_human_text_goes_to_stderr()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        _ = result.Json();
        Assert.StartsWith("{", result.StandardOutput.TrimStart());
        Assert.Contains("Generating music", result.StandardError);
    }

    [Fact]
    public async Task Human_output_lists_saved_files_on_stdout()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith(".mp3", lines[0]);
        Assert.EndsWith(".json", lines[1]);
        Assert.DoesNotContain("\u001b[", result.StandardError);
    }

    [Fact]
    public async Task Quiet_prints_only_the_results()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StandardError);
    }

    [Fact]
    public async Task Description_mode_and_random_work()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var simple = await _sandbox.RunAsync("generate", "-d", "A cheerful song about spring", "--json");
        var random = await _sandbox.RunAsync("random", "--json");

        Assert.True(simple.ExitCode == 0, simple.ToString());
        Assert.True(random.ExitCode == 0, random.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, simple.Json().GetProperty("job_id").GetString()!);
        Assert.True(saved.GetProperty("request").GetProperty("sample_mode").GetBoolean());
    }

    [Fact]
    public async Task Lyrics_come_from_a_file_from_at_file_and_from_stdin()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        const string lyrics = "[Verse]\n春の風が吹いて\nLine two with \"quotes\" and 'apostrophes'\n[Chorus]\nLa la la";
        _sandbox.WriteText("lyrics.txt", lyrics);

        var fromFile = await _sandbox.RunAsync("generate", "-c", "J-pop", "--lyrics-file", "lyrics.txt", "--duration", "10", "--json");
        var fromAt = await _sandbox.RunAsync("generate", "-c", "J-pop", "-l", "@lyrics.txt", "--duration", "10", "--json");
        var fromStdin = await _sandbox.RunWithInputAsync(lyrics, "generate", "-c", "J-pop", "-l", "-", "--duration", "10", "--json");

        foreach (var result in new[] { fromFile, fromAt, fromStdin })
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            var saved = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!);
            Assert.Equal(lyrics, saved.GetProperty("request").GetProperty("lyrics").GetString());
            Assert.Equal(lyrics, saved.GetProperty("lyrics").GetString());
        }
    }

    [Fact]
    public async Task Option_equals_value_form_is_accepted()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "--caption=Rock", "--duration=10", "--bpm=100", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!);
        Assert.Equal(100, saved.GetProperty("request").GetProperty("bpm").GetInt32());
    }

    [Fact]
    public async Task Seed_list_and_negative_seed_are_accepted()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var list = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--batch", "2", "--seed", "42,123", "--json");
        var random = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--seed", "-1", "--json");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.True(random.ExitCode == 0, random.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, list.Json().GetProperty("job_id").GetString()!);
        Assert.Equal("42,123", saved.GetProperty("request").GetProperty("seed").GetString());
    }

    [Fact]
    public async Task Model_with_prefix_time_signature_and_all_attribute_options_are_accepted()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync(
            "generate", "Jazz with saxophone", "--duration", "10", "--bpm", "110", "--key-scale", "E minor", "--time-signature", "4/4",
            "--batch", "2", "--seed", "42", "--model", "acestep/acestep-v15-turbo", "--steps", "16", "--guidance", "5.5",
            "--no-thinking", "--no-format", "--language", "zh", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!).GetProperty("request");
        Assert.False(request.GetProperty("thinking").GetBoolean());
        Assert.Equal("zh", request.GetProperty("vocal_language").GetString());
        Assert.Equal("E minor", request.GetProperty("key_scale").GetString());
    }

    [Fact]
    public async Task Instrumental_flag_is_recorded()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Jazz", "--instrumental", "--duration", "10", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!);
        Assert.True(saved.GetProperty("request").GetProperty("instrumental").GetBoolean());
    }

    [Fact]
    public async Task Output_dir_flag_environment_and_config_choose_the_folder()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var byFlag = Path.Combine(_sandbox.Root, "by-flag");
        var byEnv = Path.Combine(_sandbox.Root, "by-env");

        var flag = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--output-dir", byFlag, "--json");
        _sandbox.Variables["ACESTEP_OUTPUT_DIR"] = byEnv;
        var env = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.Equal(byFlag, flag.Json().GetProperty("output_dir").GetString());
        Assert.Equal(byEnv, env.Json().GetProperty("output_dir").GetString());
        Assert.Equal(2, Directory.GetFiles(byFlag).Length);
        Assert.Equal(2, Directory.GetFiles(byEnv).Length);
    }

    [Fact]
    public async Task Default_output_folder_is_beside_the_project_root()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var nested = Directory.CreateDirectory(Path.Combine(_sandbox.Project, ".claude", "skills", "acestep")).FullName;
        _sandbox.WorkingDirectory = nested;

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.Equal(Path.Combine(_sandbox.Project, "acestep_output"), result.Json().GetProperty("output_dir").GetString());
    }
}
