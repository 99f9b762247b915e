using System.Diagnostics;
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
        _skill = Path.Combine(_sandbox.Project, ".claude", "skills", "acestep");
        CopyDirectory(Path.Combine(RepositoryRoot(), "skills", "acestep"), _skill);
        var shim = Path.Combine(_sandbox.Root, "acestep-shim");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "acestep.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _sandbox.Variables["ACESTEP_CLI"] = shim;
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

    private async Task<(int Exit, string Output, string Error)> RunSkillAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _skill,
        };
        start.ArgumentList.Add("./scripts/acestep.sh");
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "ACESTEP_API_URL", "ACESTEP_API_KEY", "ACESTEP_API_MODE", "ACESTEP_CONFIG", "ACESTEP_OUTPUT_DIR" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in _sandbox.Variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AceStep.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AceStep.slnx) was not found above " + AppContext.BaseDirectory);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == Path.Combine("scripts", "config.json"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
