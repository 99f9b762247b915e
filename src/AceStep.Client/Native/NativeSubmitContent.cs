using System.Net.Http.Headers;
using System.Text.Json;
using AceStep.Client.Audio;

namespace AceStep.Client.Native;

/// <summary>The bodies of <c>/release_task</c>: JSON for text-only jobs, multipart with streamed file parts for uploads.</summary>
internal static class NativeSubmitContent
{
    public static HttpContent Json(IEnumerable<NativeField> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                field.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>
    /// Text fields plus <c>src_audio</c>/<c>reference_audio</c> file parts named with the real file name: the
    /// server keeps the extension for its decoder (§5.2). Files are streamed, never read whole.
    /// </summary>
    public static HttpContent Multipart(IEnumerable<NativeField> fields, AudioSource? source, AudioSource? reference)
    {
        var content = new MultipartFormDataContent();
        foreach (var field in fields)
        {
            content.Add(new StringContent(field.ToFormValue()), field.Name);
        }

        AddFile(content, "src_audio", source);
        AddFile(content, "reference_audio", reference);
        return content;
    }

    private static void AddFile(MultipartFormDataContent content, string name, AudioSource? audio)
    {
        if (audio is null)
        {
            return;
        }

        var part = new StreamContent(audio.OpenRead(), 81920);
        part.Headers.ContentType = new MediaTypeHeaderValue(AudioMediaTypes.ForExtension(audio.Extension));
        content.Add(part, name, audio.FileName);
    }
}
