using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests.Skill;

/// <summary>
/// skills/acestep-simplemv as an agent uses it: <c>scripts/render-mv.sh</c> with the original simplemv command line,
/// running the acestep tool.
/// </summary>
public sealed class SimpleMvSkillTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();
    private readonly string _script;

    public SimpleMvSkillTests()
    {
        var skill = Path.Combine(_sandbox.Project, ".claude", "skills", "acestep-simplemv");
        Directory.CreateDirectory(Path.Combine(skill, "scripts"));
        _script = Path.Combine(skill, "scripts", "render-mv.sh");
        File.Copy(Path.Combine(RepositoryFolder.Root, "skills", "acestep-simplemv", "scripts", "render-mv.sh"), _script);
        SkillFolders.UseToolUnderTest(_sandbox);
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task The_original_command_line_renders_a_video_with_the_browser_flag_ignored()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The script is bash; Windows agents run `acestep mv` directly.
        }

        var audio = _sandbox.WriteFile("song.wav", TestAudio.Wav(2, 16000));
        var lrc = _sandbox.WriteText("song.lrc", "[00:00.20]First line\n[00:01.20]Second line\n");
        var output = Path.Combine(_sandbox.Project, "acestep_output", "song.mp4");

        var (exit, stdout, stderr) = await RunAsync(
            "--audio", audio, "--lyrics", lrc, "--title", "Old flags", "--subtitle", "still work", "--credit", "Made with ACE-Step",
            "--offset", "-0.5", "--codec", "h264", "--browser", "/usr/bin/chromium", "--max-size", "15", "--output", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("--browser is ignored", stderr, StringComparison.Ordinal);
        Assert.Equal(output, stdout.Trim());
        var probe = MediaProbe.Read(output);
        Assert.Equal(("h264", "aac"), (probe.Video.Codec, probe.Audio.Codec));
        Assert.True(new FileInfo(output).Length < 15 * 1_048_576);
    }

    [Fact]
    public async Task An_unknown_argument_fails_with_exit_1_as_before()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (exit, _, stderr) = await RunAsync("--audio", "x.mp3", "--duration", "30");

        Assert.Equal(1, exit);
        Assert.Contains("unknown argument: --duration", stderr, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        ScriptProcess.RunAsync(_sandbox.Project, _sandbox.Variables, TimeSpan.FromMinutes(3), "bash", [_script, .. args]);

}
