using System.Net.Http.Headers;
using AceStep.Client.Audio;
using AceStep.Client.Transport;

namespace AceStep.Client.Native;

/// <summary>The bodies of <c>/release_task</c>: JSON for text-only jobs, multipart with streamed file parts for uploads.</summary>
internal static class NativeSubmitContent
{
    public static HttpContent Json(IEnumerable<NativeField> fields) => JsonRequestContent.Create(writer =>
    {
        foreach (var field in fields)
        {
            field.WriteTo(writer);
        }
    });

    /// <summary>
    /// Text fields plus <c>src_audio</c>/<c>reference_audio</c> file parts named with the real file name: the
    /// server keeps the extension for its decoder (see docs/protocol.md, "Submitting a job"). Files are streamed, never read whole.
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
