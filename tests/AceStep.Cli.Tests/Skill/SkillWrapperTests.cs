using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests.Skill;

/// <summary>
/// The agent skill as an agent uses it: skills/acestep installed into a project's .claude/skills folder, commands
/// run through <c>./scripts/acestep.sh</c> from the skill's folder, config in <c>scripts/config.json</c>, results in
/// <c>&lt;project&gt;/acestep_output</c>.
/// </summary>
public sealed class SkillWrapperTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();
    private readonly string _skill;

    public SkillWrapperTests()
    {
        _skill = SkillFolders.Install("acestep", _sandbox.Project);
        SkillFolders.UseToolUnderTest(_sandbox);
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task An_agent_generates_covers_and_repaints_through_the_skill_and_reads_the_effective_lyrics()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The wrapper is a bash script; Windows agents run `acestep` directly.
        }

        await using var server = await SimulatorHost.StartAsync(_sandbox);
        _sandbox.Variables.Remove("ACESTEP_API_URL");
        _sandbox.Variables.Remove("ACESTEP_API_MODE");

        var (setExit, setOutput, _) = await RunSkillAsync("config", "--set", "api_url", server.BaseAddress.ToString());
        Assert.Equal(0, setExit);
        Assert.Contains("api_url", setOutput);
        Assert.True(File.Exists(Path.Combine(_skill, "scripts", "config.json")));
        Assert.False(File.Exists(_sandbox.ConfigPath));

        var (keyExit, keyOutput, _) = await RunSkillAsync("config", "--check-key");
        Assert.Equal(0, keyExit);
        Assert.Equal("api_key: empty", keyOutput.Trim());

        const string lyrics = "[Verse]\nMorning light, 朝の光\n[Chorus]\nSing it all the way through";
        File.WriteAllText(Path.Combine(_sandbox.Root, "lyrics.txt"), lyrics);
        var song = await GenerateAsync("generate", "-c", "pop, female vocal, piano", "-l", "@" + Path.Combine(_sandbox.Root, "lyrics.txt"), "--duration", "5");
        Assert.Equal(lyrics, song.GetProperty("lyrics").GetString());
        Assert.Equal(lyrics, song.GetProperty("metas").GetProperty("lyrics").GetString());

        var source = _sandbox.WriteFile("song.wav", TestAudio.Wav(6));
        var cover = await GenerateAsync("cover", source, "-c", "Rock cover style", "-l", "[Verse] New words", "--duration", "5", "--mode", "native");
        Assert.Equal("native", cover.GetProperty("mode").GetString());

        var repaint = await GenerateAsync("generate", "--src-audio", source, "--task-type", "repaint", "-c", "Pop", "--repaint-start", "1", "--repaint-end", "3");
        Assert.Equal("repaint", repaint.GetProperty("request").GetProperty("task_type").GetString());
    }

    [Fact]
    public async Task The_key_hint_printed_through_the_wrapper_works_when_run_verbatim()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const string key = "sk-wrapper-hint-key-7f3a";
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: key);
        _sandbox.Variables.Remove("ACESTEP_API_URL");
        _sandbox.Variables.Remove("ACESTEP_API_MODE");
        _sandbox.Variables.Remove("ACESTEP_API_KEY");
        Assert.Equal(0, (await RunSkillAsync("config", "--set", "api_url", server.BaseAddress.ToString())).Exit);

        var (deniedExit, _, denied) = await RunSkillAsync("generate", "Rock", "--duration", "5", "--mode", "native");
        var hint = HintLine(denied, "config --set api_key");
        var (hintExit, _, hintError) = await RunShellAsync(hint, ("KEY", key));
        var (generatedExit, _, generated) = await RunSkillAsync("generate", "Rock", "--duration", "5", "--mode", "native");

        Assert.True(deniedExit == 4, denied);
        Assert.Equal("printf %s \"$KEY\" | ./scripts/acestep.sh config --set api_key", hint);
        Assert.Equal(1, CountOf(denied, "Check the API key"));
        Assert.True(hintExit == 0, hintError);
        Assert.Contains(key, File.ReadAllText(Path.Combine(_skill, "scripts", "config.json")));
        Assert.False(File.Exists(_sandbox.ConfigPath), "the hint wrote the bare tool's config instead of the wrapper's");
        Assert.True(generatedExit == 0, generated);
    }

    [Fact]
    public async Task The_status_hint_printed_through_the_wrapper_fetches_the_job_when_run_verbatim()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await SimulatorHost.StartAsync(_sandbox);
        _sandbox.Variables.Remove("ACESTEP_API_URL");
        _sandbox.Variables.Remove("ACESTEP_API_MODE");
        Assert.Equal(0, (await RunSkillAsync("config", "--set", "api_url", server.BaseAddress.ToString())).Exit);

        var (submittedExit, jobId, submitted) = await RunSkillAsync("generate", "Rock", "--duration", "5", "--mode", "native", "--no-wait");
        var hint = HintLine(submitted, " status ");
        var (statusExit, _, status) = await RunShellAsync(hint);

        Assert.True(submittedExit == 0, submitted);
        Assert.Equal($"./scripts/acestep.sh status {jobId.Trim()}", hint);
        Assert.True(statusExit == 0, status);
        Assert.True(File.Exists(Path.Combine(_sandbox.Project, "acestep_output", jobId.Trim() + ".json")), status);
    }

    /// <summary>The command a hint line suggests: the text after its "…: " label, as a user would copy it.</summary>
    private static string HintLine(string stderr, string containing)
    {
        var line = stderr.Split('\n').First(l => l.Contains(containing, StringComparison.Ordinal) && l.Contains("acestep", StringComparison.Ordinal));
        return line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    /// <summary>Runs a command line in bash from the skill's folder, as an agent follows a hint.</summary>
    private Task<(int Exit, string Output, string Error)> RunShellAsync(string commandLine, params (string Name, string Value)[] variables) =>
        RunAsync(["-c", commandLine], variables);

    /// <summary>Runs a generation through the wrapper and returns the saved result document.</summary>
    private async Task<JsonElement> GenerateAsync(params string[] args)
    {
        var (exit, output, error) = await RunSkillAsync([.. args, "--json"]);
        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        var resultPath = report.RootElement.GetProperty("result_path").GetString()!;
        Assert.Equal(Path.Combine(_sandbox.Project, "acestep_output"), Path.GetDirectoryName(resultPath));
        foreach (var file in report.RootElement.GetProperty("files").EnumerateArray())
        {
            Assert.True(new FileInfo(file.GetString()!).Length > 0);
        }

        using var result = JsonDocument.Parse(File.ReadAllText(resultPath));
        return result.RootElement.Clone();
    }

    private Task<(int Exit, string Output, string Error)> RunSkillAsync(params string[] args) => RunAsync(["./scripts/acestep.sh", .. args], []);

    private Task<(int Exit, string Output, string Error)> RunAsync(string[] bashArguments, (string Name, string Value)[] variables) =>
        ScriptProcess.RunAsync(_skill, _sandbox.Variables.Concat(variables.Select(static v => KeyValuePair.Create(v.Name, v.Value))), TimeSpan.FromMinutes(2), "bash", bashArguments);

}
