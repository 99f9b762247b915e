using System.Diagnostics;
using System.Text.Json;

namespace AceStep.Simulator.Tests.CommandLine;

/// <summary>The executable: the listening line scripts parse, and options taking effect.</summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task Port_zero_prints_the_listening_line_and_serves_with_the_given_options()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AceStep.Simulator.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--port", "0", "--server-version", "A", "--api-key", "k", "--fail-request", "/v1/stats,503,1" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.NotNull(line);
            Assert.Matches("^ACE-Step simulator listening on http://127\\.0\\.0\\.1:[0-9]+$", line);
            using var client = new HttpClient { BaseAddress = new Uri(line["ACE-Step simulator listening on ".Length..]) };
            using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
            Assert.Equal(3, health.RootElement.GetProperty("data").EnumerateObject().Count());
            client.DefaultRequestHeaders.Add("Authorization", "Bearer k");
            Assert.Equal(503, (int)(await client.GetAsync("/v1/stats")).StatusCode);
            Assert.Equal(200, (int)(await client.GetAsync("/v1/stats")).StatusCode);
            client.DefaultRequestHeaders.Remove("Authorization");
            Assert.Equal(401, (int)(await client.GetAsync("/v1/stats")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("envkey", "Missing ai_token or Authorization header")]
    [InlineData("", "Missing ai_token or Authorization header")]
    public async Task API_key_from_the_environment_turns_auth_on_even_when_empty(string key, string detail)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AceStep.Simulator.dll"));
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        start.Environment["ACESTEP_API_KEY"] = key;

        using var process = Process.Start(start)!;
        try
        {
            var line = (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)))!;
            using var client = new HttpClient { BaseAddress = new Uri(line["ACE-Step simulator listening on ".Length..]) };

            using var response = await client.PostAsync("/query_result", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

            Assert.Equal(401, (int)response.StatusCode);
            Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task SIGTERM_stops_the_server_cleanly()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AceStep.Simulator.dll"));
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        using var process = Process.Start(start)!;
        Assert.NotNull(await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);
        // System.CommandLine reports a SIGTERM-cancelled run as 128 + 15, the shell convention.
        Assert.Equal(143, process.ExitCode);
    }

    [Fact]
    public async Task Help_documents_the_options()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AceStep.Simulator.dll"));
        start.ArgumentList.Add("--help");

        using var process = Process.Start(start)!;
        var help = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        foreach (var option in new[] { "--port", "--api-key", "--server-version", "--output-dir", "--model-load-delay", "--fail-request", "--malformed-json" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }
}
