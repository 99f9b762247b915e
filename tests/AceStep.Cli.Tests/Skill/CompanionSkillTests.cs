using AceStep.Cli.Tests.Infrastructure;
using AceStep.Cli.Tests.Transcribe;

namespace AceStep.Cli.Tests.Skill;

/// <summary>
/// The companion skills as an agent uses them: installed into a project's .claude/skills, their scripts run with the
/// original skills' command lines, the real tool behind them, the simulator's provider fakes in front.
/// </summary>
public sealed class CompanionSkillTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public CompanionSkillTests()
    {
        foreach (var skill in new[] { "acestep-lyrics-transcription", "acestep-thumbnail" })
        {
            SkillFolders.Install(skill, _sandbox.Project);
        }

        SkillFolders.UseToolUnderTest(_sandbox);
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task The_transcription_skill_takes_the_original_command_lines()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The wrappers are bash scripts; Windows agents run `acestep` directly.
        }

        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        _sandbox.Variables["OPENAI_API_KEY"] = "sk-skill-test-key";

        var setUrl = await RunAsync("acestep-lyrics-transcription", "config", "--set", "openai.api_url", server.OpenAiEndpoint.ToString());
        var setProvider = await RunAsync("acestep-lyrics-transcription", "config", "--set", "provider", "openai");
        var check = await RunAsync("acestep-lyrics-transcription", "config", "--check-key");
        var lrc = Path.Combine(_sandbox.Project, "acestep_output", "lyrics", "song.lrc");
        var run = await RunAsync("acestep-lyrics-transcription", "transcribe", "--audio", Path.Combine(_sandbox.OutputDirectory, $"{jobId}_1.mp3"),
            "--language", "en", "--format", "lrc", "--provider", "openai", "--output", lrc);
        var noAudio = await RunAsync("acestep-lyrics-transcription", "transcribe", "--language", "en");

        Assert.Equal((0, 0), (setUrl.Exit, setProvider.Exit));
        Assert.Equal("provider: openai\napi_key: configured", check.Output.Trim());
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(TranscribeSongs.SungLines(TranscribeSongs.English), TranscribeSongs.ReadLrc(lrc).Select(static l => l.Text).ToArray());
        Assert.Equal(2, noAudio.Exit);
        Assert.True(File.Exists(Path.Combine(_sandbox.Project, ".claude", "skills", "acestep-lyrics-transcription", "scripts", "config.json")));
    }

    [Fact]
    public async Task The_thumbnail_skill_takes_the_original_command_lines()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var empty = await RunAsync("acestep-thumbnail", "config", "--check-key");
        _sandbox.Variables["GOOGLE_API_KEY"] = "AIza-skill-test-key";

        var setUrl = await RunAsync("acestep-thumbnail", "config", "--set", "api_url", server.GeminiEndpoint.ToString());
        var check = await RunAsync("acestep-thumbnail", "config", "--check-key");
        var image = Path.Combine(_sandbox.Project, "acestep_output", "art", "cover.png");
        var run = await RunAsync("acestep-thumbnail", "generate", "--prompt", "a quiet lake at dawn, no text or letters", "--aspect-ratio", "1:1", "--output", image);
        var blocked = await RunAsync("acestep-thumbnail", "generate", "--prompt", "something forbidden");

        Assert.StartsWith("Gemini API key: empty", empty.Output, StringComparison.Ordinal);
        Assert.Equal(0, setUrl.Exit);
        Assert.Equal("Gemini API key: configured", check.Output.Trim());
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(image, run.Output.Trim());
        Assert.Equal(0x89, File.ReadAllBytes(image)[0]);
        Assert.Equal(13, blocked.Exit);
        Assert.Contains("PROHIBITED_CONTENT", blocked.Error, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(string skill, params string[] args) =>
        ScriptProcess.RunAsync(Path.Combine(_sandbox.Project, ".claude", "skills", skill), _sandbox.Variables, TimeSpan.FromMinutes(2), "bash", [$"./scripts/{skill}.sh", .. args]);

}
