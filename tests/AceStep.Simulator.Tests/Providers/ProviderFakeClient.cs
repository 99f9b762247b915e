using System.Net.Http.Headers;
using System.Text.Json;

namespace AceStep.Simulator.Tests.Providers;

/// <summary>Raw requests to the provider fakes, as curl would send them, so the tests see the exact wire shapes.</summary>
internal static class ProviderFakeClient
{
    public static MultipartFormDataContent Form(byte[]? file, params (string Name, string Value)[] fields) => NamedForm(file, "song.mp3", fields);

    public static MultipartFormDataContent NamedForm(byte[]? file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");
            form.Add(part, "file", fileName);
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public static async Task<(int Status, JsonElement Body)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static HttpRequestMessage Post(string path, HttpContent content, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public static byte[] SongBytes(int length = 64 * 1024, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
