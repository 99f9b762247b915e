using AceStep.Cli.Tests.Infrastructure;
using AceStep.Lyrics.Formats;
using AceStep.Simulator;
using AceStep.Simulator.Providers.Vocals;

namespace AceStep.Cli.Tests.Transcribe;

/// <summary>Songs with lyrics made through the real CLI on the simulator, and what its fakes know they "sing".</summary>
internal static class TranscribeSongs
{
    public const string English = """
        [Verse]
        Neon rivers in the night,
        every window holds a light.
        We were running through the rain,
        calling out each other's name.

        [Chorus]
        We are the signal, we are the sound!
        Hearts like thunder shaking the ground.
        """;

    public const string Chinese = """
        [Verse]
        夜色里的霓虹灯，
        照亮每一个窗口。
        我们在雨中奔跑，
        呼喊彼此的名字。

        [Chorus]
        我们是信号，我们是声音！
        心跳像雷声震动大地。
        """;

    /// <summary>Points the sandbox's providers at the simulator's fakes and gives each a key.</summary>
    public static void UseFakes(CliSandbox sandbox, SimulatorServer server, string openAiKey = "sk-test-openai-key", string elevenLabsKey = "el-test-key", string geminiKey = "AIza-test-key")
    {
        sandbox.Variables["OPENAI_API_KEY"] = openAiKey;
        sandbox.Variables["ELEVENLABS_API_KEY"] = elevenLabsKey;
        sandbox.Variables["GEMINI_API_KEY"] = geminiKey;
        var config = $$$"""
            {"openai": {"api_url": "{{{server.OpenAiEndpoint}}}"}, "elevenlabs": {"api_url": "{{{server.ElevenLabsEndpoint}}}"}, "gemini": {"api_url": "{{{server.GeminiEndpoint}}}"}}
            """;
        Directory.CreateDirectory(Path.GetDirectoryName(sandbox.ConfigPath)!);
        File.WriteAllText(sandbox.ConfigPath, config);
    }

    public static async Task<string> GenerateAsync(CliSandbox sandbox, string lyrics, string language)
    {
        var result = await sandbox.RunAsync("generate", "-c", "synth pop, female vocal", "-l", lyrics, "--duration", "45", "--bpm", "100", "--language", language, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("job_id").GetString()!;
    }

    /// <summary>The vocal timeline the simulator decided for the job: planned from the lyrics it sang, its length and tempo.</summary>
    public static VocalTimeline TimelineOf(CliSandbox sandbox, string jobId, string language)
    {
        var saved = ResultFiles.ReadResult(sandbox, jobId);
        var metas = saved.GetProperty("metas");
        return VocalTimelinePlanner.Plan(saved.GetProperty("lyrics").GetString()!, metas.GetProperty("duration").GetDouble(), metas.GetProperty("bpm").GetInt32(), language);
    }

    /// <summary>The lyric lines as written, tags and blank lines gone, a trailing comma or full stop dropped (as the aligner writes them).</summary>
    public static string[] SungLines(string lyrics) =>
        lyrics.Split('\n').Select(static line => line.Trim())
            .Where(static line => line.Length > 0 && !line.StartsWith('['))
            .Select(static line => line.TrimEnd(',', '.', '，', '。'))
            .ToArray();

    /// <summary>The LRC's lines with text (end markers left out).</summary>
    public static AceStep.Lyrics.TimedLine[] ReadLrc(string path) =>
        LrcReader.Read(File.ReadAllText(path)).Lyrics.Lines.Where(static line => line.Text.Length > 0).ToArray();
}
