using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

public sealed class ConfigTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task List_without_a_file_shows_the_documented_defaults_and_their_source()
    {
        var result = await _sandbox.RunAsync("config", "--list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("api_url                     = http://127.0.0.1:8001  (default)", result.StandardOutput);
        Assert.Contains("api_mode                    = completion  (default)", result.StandardOutput);
        Assert.Contains("generation.thinking         = true", result.StandardOutput);
        Assert.Contains("generation.use_format       = false", result.StandardOutput);
        Assert.Contains("generation.use_cot_caption  = true", result.StandardOutput);
        Assert.Contains("generation.use_cot_language = false", result.StandardOutput);
        Assert.Contains("generation.batch_size       = 1", result.StandardOutput);
        Assert.Contains("generation.audio_format     = mp3", result.StandardOutput);
        Assert.Contains("generation.vocal_language   = en", result.StandardOutput);
        Assert.False(File.Exists(_sandbox.ConfigPath), "reading the configuration must not create the file");
    }

    [Fact]
    public async Task Precedence_is_flag_then_environment_then_file_then_default()
    {
        await _sandbox.RunAsync("config", "--set", "api_url", "http://file-host:8001");
        var fromFile = await _sandbox.RunAsync("config", "--get", "api_url", "--json");
        Assert.Equal("http://file-host:8001", fromFile.Json().GetProperty("value").GetString());
        Assert.Equal("config file", fromFile.Json().GetProperty("source").GetString());

        _sandbox.Variables["ACESTEP_API_URL"] = "http://env-host:8001";
        var fromEnv = await _sandbox.RunAsync("config", "--get", "api_url", "--json");
        Assert.Equal("http://env-host:8001", fromEnv.Json().GetProperty("value").GetString());
        Assert.Equal("env ACESTEP_API_URL", fromEnv.Json().GetProperty("source").GetString());

        var fromFlag = await _sandbox.RunAsync("config", "--get", "api_url", "--json", "--api-url", "http://flag-host:9000/");
        Assert.Equal("http://flag-host:9000", fromFlag.Json().GetProperty("value").GetString());
        Assert.Equal("flag --api-url", fromFlag.Json().GetProperty("source").GetString());

        await _sandbox.RunAsync("config", "--unset", "api_url");
        _sandbox.Variables.Remove("ACESTEP_API_URL");
        var fromDefault = await _sandbox.RunAsync("config", "--get", "api_url", "--json");
        Assert.Equal("http://127.0.0.1:8001", fromDefault.Json().GetProperty("value").GetString());
        Assert.Equal("default", fromDefault.Json().GetProperty("source").GetString());
    }

    [Fact]
    public async Task Mode_and_output_dir_environment_variables_are_honoured()
    {
        _sandbox.Variables["ACESTEP_API_MODE"] = "native";
        _sandbox.Variables["ACESTEP_OUTPUT_DIR"] = "/tmp/somewhere";

        var result = await _sandbox.RunAsync("config", "--list", "--json");

        var settings = result.Json().GetProperty("settings").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!);
        Assert.Equal("native", settings["api_mode"].GetProperty("value").GetString());
        Assert.Equal("/tmp/somewhere", settings["output_dir"].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Config_env_variable_and_flag_choose_the_file()
    {
        var custom = Path.Combine(_sandbox.Root, "custom.json");
        _sandbox.Variables["ACESTEP_CONFIG"] = custom;
        await _sandbox.RunAsync("config", "--set", "api_mode", "native");
        Assert.True(File.Exists(custom));

        var other = Path.Combine(_sandbox.Root, "other.json");
        var path = await _sandbox.RunAsync("config", "--path", "--config", other);
        Assert.Equal(other, path.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("generation.thinking", "no", false)]
    [InlineData("generation.thinking", "ON", true)]
    [InlineData("generation.use_format", "1", true)]
    [InlineData("generation.use_cot_language", "off", false)]
    public async Task Set_types_booleans(string key, string value, bool expected)
    {
        var result = await _sandbox.RunAsync("config", "--set", key, value);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(File.ReadAllText(_sandbox.ConfigPath)).RootElement;
        var leaf = json.GetProperty("generation").GetProperty(key.Split('.')[1]);
        Assert.Equal(expected ? JsonValueKind.True : JsonValueKind.False, leaf.ValueKind);
    }

    [Fact]
    public async Task Set_stores_integers_as_numbers_and_trims_url_slashes()
    {
        await _sandbox.RunAsync("config", "--set", "generation.batch_size", "3");
        await _sandbox.RunAsync("config", "--set", "api_url", "https://example.com:8443///");

        var json = JsonDocument.Parse(File.ReadAllText(_sandbox.ConfigPath)).RootElement;
        Assert.Equal(3, json.GetProperty("generation").GetProperty("batch_size").GetInt32());
        Assert.Equal("https://example.com:8443", json.GetProperty("api_url").GetString());
    }

    [Theory]
    [InlineData("generation.thinking", "maybe")]
    [InlineData("generation.batch_size", "two")]
    [InlineData("generation.batch_size", "0")]
    [InlineData("api_url", "ftp://host")]
    [InlineData("api_url", "not a url")]
    [InlineData("api_mode", "grpc")]
    [InlineData("generation.audio_format", "mp4")]
    public async Task Set_rejects_invalid_values_with_exit_2_and_leaves_the_file_alone(string key, string value)
    {
        var result = await _sandbox.RunAsync("config", "--set", key, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Error:", result.StandardError);
        Assert.False(File.Exists(_sandbox.ConfigPath));
    }

    [Fact]
    public async Task Set_rejects_unknown_keys_with_a_suggestion()
    {
        var result = await _sandbox.RunAsync("config", "--set", "api-url", "http://x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean 'api_url'?", result.StandardError);
    }

    [Fact]
    public async Task Set_writes_the_file_owner_only()
    {
        await _sandbox.RunAsync("config", "--set", "api_mode", "native");

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_sandbox.ConfigPath));
        }

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_sandbox.ConfigPath)!, "*.tmp"));
    }

    [Fact]
    public async Task Set_keeps_keys_it_does_not_know()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sandbox.ConfigPath)!);
        File.WriteAllText(_sandbox.ConfigPath, """{"api_url":"http://a:1","custom":{"x":1}}""");

        await _sandbox.RunAsync("config", "--set", "api_mode", "native");

        var json = JsonDocument.Parse(File.ReadAllText(_sandbox.ConfigPath)).RootElement;
        Assert.Equal(1, json.GetProperty("custom").GetProperty("x").GetInt32());
        Assert.Equal("native", json.GetProperty("api_mode").GetString());
    }

    [Fact]
    public async Task Invalid_json_is_reported_with_line_and_column_exit_3_and_never_overwritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sandbox.ConfigPath)!);
        const string broken = "{\n  \"api_url\": \"http://a:1\",\n  oops\n}";
        File.WriteAllText(_sandbox.ConfigPath, broken);

        var list = await _sandbox.RunAsync("config", "--list");
        var set = await _sandbox.RunAsync("config", "--set", "api_mode", "native");

        Assert.Equal(3, list.ExitCode);
        Assert.Contains(_sandbox.ConfigPath, list.StandardError);
        Assert.Contains("line 3, column 3", list.StandardError);
        Assert.Equal(3, set.ExitCode);
        Assert.Equal(broken, File.ReadAllText(_sandbox.ConfigPath));
    }

    [Fact]
    public async Task Invalid_typed_value_in_the_file_is_a_configuration_error()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sandbox.ConfigPath)!);
        File.WriteAllText(_sandbox.ConfigPath, """{"generation":{"thinking":"perhaps"}}""");

        var result = await _sandbox.RunAsync("config", "--get", "generation.thinking");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("generation.thinking", result.StandardError);
    }

    [Fact]
    public async Task Reset_writes_the_skill_defaults()
    {
        await _sandbox.RunAsync("config", "--set", "api_mode", "native");

        var result = await _sandbox.RunAsync("config", "--reset");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(File.ReadAllText(_sandbox.ConfigPath)).RootElement;
        Assert.Equal("http://127.0.0.1:8001", json.GetProperty("api_url").GetString());
        Assert.Equal("", json.GetProperty("api_key").GetString());
        Assert.Equal("completion", json.GetProperty("api_mode").GetString());
        var generation = json.GetProperty("generation");
        Assert.True(generation.GetProperty("thinking").GetBoolean());
        Assert.False(generation.GetProperty("use_format").GetBoolean());
        Assert.True(generation.GetProperty("use_cot_caption").GetBoolean());
        Assert.False(generation.GetProperty("use_cot_language").GetBoolean());
        Assert.Equal(1, generation.GetProperty("batch_size").GetInt32());
        Assert.Equal("mp3", generation.GetProperty("audio_format").GetString());
        Assert.Equal("en", generation.GetProperty("vocal_language").GetString());
    }

    [Fact]
    public async Task Get_of_a_group_prints_each_member()
    {
        var result = await _sandbox.RunAsync("config", "--get", "generation");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("generation.thinking = true", result.StandardOutput);
        Assert.Contains("generation.vocal_language = en", result.StandardOutput);
    }

    [Fact]
    public async Task Two_actions_at_once_are_a_usage_error()
    {
        var result = await _sandbox.RunAsync("config", "--list", "--check-key");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Set_without_a_value_for_an_ordinary_key_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("config", "--set", "api_url");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a value", result.StandardError);
    }
}
