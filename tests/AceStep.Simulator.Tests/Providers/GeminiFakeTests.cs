using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AceStep.Simulator.Providers;
using static AceStep.Simulator.Tests.Providers.ProviderFakeClient;

namespace AceStep.Simulator.Tests.Providers;

public sealed class GeminiFakeTests : IAsyncLifetime
{
    private const string Path = "/v1beta/models/gemini-3.1-flash-image:generateContent";
    private ProviderFakesHost host = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { GeminiApiKey = "AIza-right" });
        http = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_png_is_valid_and_exactly_the_size_of_its_aspect_ratio()
    {
        var (status, body) = await SendAsync(http, Post(Path, Json(Ask("A lake", "3:2", "1K")), ("x-goog-api-key", "AIza-right")));

        Assert.Equal(200, status);
        var part = body.GetProperty("candidates")[0].GetProperty("content").GetProperty("parts")[0].GetProperty("inlineData");
        Assert.Equal("image/png", part.GetProperty("mimeType").GetString());
        var (width, height, pixels) = DecodePng(Convert.FromBase64String(part.GetProperty("data").GetString()!));
        Assert.Equal((1264, 848), (width, height));
        Assert.Equal(height * (1 + (width * 3)), pixels);
        Assert.Equal("1264,848", await DecodeWithFfmpegAsync(Convert.FromBase64String(part.GetProperty("data").GetString()!)));
    }

    [Fact]
    public async Task The_key_is_also_taken_from_the_query_as_the_real_api_does_and_missing_it_is_a_403()
    {
        var (withQuery, _) = await SendAsync(http, Post(Path + "?key=AIza-right", Json(Ask("A lake", "1:1", "1K"))));
        var (without, body) = await SendAsync(http, Post(Path, Json(Ask("A lake", "1:1", "1K"))));

        Assert.Equal(200, withQuery);
        Assert.Equal((403, "PERMISSION_DENIED"), (without, body.GetProperty("error").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_wrong_key_is_googles_400_with_the_API_KEY_INVALID_reason()
    {
        var (status, body) = await SendAsync(http, Post(Path, Json(Ask("A lake", "1:1", "1K")), ("x-goog-api-key", "AIza-wrong")));

        Assert.Equal(400, status);
        Assert.Equal("API_KEY_INVALID", body.GetProperty("error").GetProperty("details")[0].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("7:3", "1K", "aspect_ratio")]
    [InlineData("16:9", "3K", "image_size")]
    public async Task An_unsupported_ratio_or_size_is_a_400(string ratio, string size, string field)
    {
        var (status, body) = await SendAsync(http, Post(Path, Json(Ask("A lake", ratio, size)), ("x-goog-api-key", "AIza-right")));

        Assert.Equal((400, "INVALID_ARGUMENT"), (status, body.GetProperty("error").GetProperty("status").GetString()));
        Assert.Contains(field, body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_blocked_prompt_has_prompt_feedback_and_no_candidates()
    {
        var (status, body) = await SendAsync(http, Post(Path, Json(Ask("something forbidden", "1:1", "1K")), ("x-goog-api-key", "AIza-right")));

        Assert.Equal(200, status);
        Assert.Equal("PROHIBITED_CONTENT", body.GetProperty("promptFeedback").GetProperty("blockReason").GetString());
        Assert.False(body.TryGetProperty("candidates", out _));
    }

    /// <summary>An independent decoder (ffmpeg's, with CRC checks on) must read the whole image without an error.</summary>
    private static async Task<string> DecodeWithFfmpegAsync(byte[] png)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fake-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, png);
        try
        {
            var (decodeCode, decodeErrors) = await RunAsync("ffmpeg", "-v", "error", "-err_detect", "crccheck+explode", "-i", path, "-f", "null", "-");
            Assert.True(decodeCode == 0 && decodeErrors.Length == 0, decodeErrors);
            var (_, size) = await RunAsync("ffprobe", "-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0", path);
            return size.Trim();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, tool == "ffmpeg" ? errors : await output);
    }

    private static string Ask(string prompt, string ratio, string size) =>
        $$$$"""{"contents":[{"role":"user","parts":[{"text":"{{{{prompt}}}}"}]}],"generationConfig":{"responseModalities":["IMAGE"],"imageConfig":{"aspectRatio":"{{{{ratio}}}}","imageSize":"{{{{size}}}}"}}}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>Checks the signature, walks the chunks, inflates the image data, returns its size.</summary>
    private static (int Width, int Height, int PixelBytes) DecodePng(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var data = new MemoryStream();
        int width = 0, height = 0;
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset + 8)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset + 12)));
            }
            else if (type == "IDAT")
            {
                data.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return (width, height, (int)inflated.Length);
    }
}
