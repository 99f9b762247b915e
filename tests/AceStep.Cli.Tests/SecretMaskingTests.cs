using System.Text.Json.Nodes;
using AceStep.Cli.Configuration;
using AceStep.Cli.Generation;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Client;

namespace AceStep.Cli.Tests;

/// <summary>
/// Types that hold the settings or the API key print it masked: the ToString a record generates prints every
/// property, and such text ends up in debugger views, logs and interpolated messages.
/// </summary>
public sealed class SecretMaskingTests
{
    private const string Canary = "sk-tostring-canary-8c41e2d75a";

    private readonly CliEnvironment _environment = new(
        new TestConsole(),
        new Dictionary<string, string> { ["ACESTEP_API_KEY"] = Canary },
        currentDirectory: Path.GetTempPath(),
        homeDirectory: Path.GetTempPath(),
        TimeProvider.System,
        isWindows: false);

    [Fact]
    public void Settings_print_every_value_but_the_key()
    {
        var text = Settings().ToString();

        Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("ApiUrl = http://127.0.0.1:8001", text, StringComparison.Ordinal);
        Assert.Contains("VocalLanguage = en", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_resolved_setting_prints_the_key_masked()
    {
        var resolved = Resolver().ResolveAll();

        var apiKey = Assert.Single(resolved, setting => setting.Key == ConfigKeys.ApiKey);
        Assert.Equal(Canary, apiKey.Value);
        Assert.Equal("api_key = *** (env ACESTEP_API_KEY)", apiKey.ToString());
        Assert.All(resolved, setting => Assert.DoesNotContain(Canary, setting.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_job_run_holding_the_settings_prints_the_key_masked()
    {
        var settings = Settings();
        using var client = ClientFactory.Create(settings, _environment);
        var run = new JobRun(
            client,
            settings,
            OutputFolder.Resolve(Path.GetTempPath(), Path.GetTempPath()),
            new JobLedger(Commands.Batch.QueueLocation.Parse(null, Path.GetTempPath(), Path.GetTempPath()), Path.GetTempPath(), TimeProvider.System, _ => { }),
            new Reporter(new TestConsole(), json: false, quiet: false, color: false),
            _environment,
            Force: false);

        var text = run.ToString();

        Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_config_file_and_the_environment_holding_the_key_never_print_it()
    {
        var document = ConfigDocument.Empty();
        document.Set("api_key", JsonValue.Create(Canary));

        Assert.DoesNotContain(Canary, document.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, _environment.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, Resolver().ToString(), StringComparison.Ordinal);
    }

    private SettingsResolver Resolver() =>
        new(ConfigDocument.Empty(), Path.Combine(Path.GetTempPath(), "config.json"), _environment, new Dictionary<ConfigKey, string>());

    private CliSettings Settings() => CliSettings.From(Resolver());
}
