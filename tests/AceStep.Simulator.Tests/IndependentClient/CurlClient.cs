using System.Diagnostics;
using System.Globalization;

namespace AceStep.Simulator.Tests.IndependentClient;

/// <summary>
/// curl, driven with the same arguments the server's documented examples and the upstream bash client use: a client written for
/// the real server that shares nothing with this repository's code.
/// </summary>
internal sealed class CurlClient(Uri baseAddress, string? apiKey = null)
{
    private readonly string _base = baseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>Runs curl and returns the HTTP status and the body (or, with <paramref name="outputFile"/>, the status only).</summary>
    public async Task<(int Status, string Body)> RunAsync(string pathAndQuery, string? outputFile = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("curl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-sS", "--max-time", "60", "-w", "\n%{http_code}"])
        {
            start.ArgumentList.Add(argument);
        }

        if (apiKey is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Authorization: Bearer " + apiKey);
        }

        if (outputFile is not null)
        {
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(outputFile);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(_base + pathAndQuery);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("curl could not be started (apt-get install curl)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"curl failed ({process.ExitCode}): {await stderr}");
        var split = output.LastIndexOf('\n');
        return (int.Parse(output[(split + 1)..], CultureInfo.InvariantCulture), output[..split]);
    }
}
