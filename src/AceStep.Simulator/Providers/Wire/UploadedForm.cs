using Microsoft.AspNetCore.Http.Features;

namespace AceStep.Simulator.Providers.Wire;

/// <summary>A multipart upload as the transcription services read it: the text fields (repeatable) and the <c>file</c> part's name and bytes.</summary>
internal sealed class UploadedForm
{
    private UploadedForm(IReadOnlyList<KeyValuePair<string, string>> fields, string? fileName, byte[]? file)
    {
        Fields = fields;
        FileName = fileName;
        File = file;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    public string? FileName { get; }

    public byte[]? File { get; }

    public string? Field(string name) => Fields.FirstOrDefault(field => field.Key == name).Value;

    public IEnumerable<string> All(string name) => Fields.Where(field => field.Key == name).Select(static field => field.Value);

    /// <returns>The form, or null when the body is not multipart form data.</returns>
    public static async Task<UploadedForm?> ReadAsync(HttpContext context, long maxBytes)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = maxBytes + (1024 * 1024) }));
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.SelectMany(static pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? string.Empty))).ToList();
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return new UploadedForm(fields, null, null);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        return new UploadedForm(fields, file.FileName, buffer.ToArray());
    }
}
