using AceStep.Simulator.Http;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>GET /v1/audio?path=… (see docs/protocol.md, "Downloads: /v1/audio"): header auth, then the path check, then the file with Range support.</summary>
internal sealed class AudioEndpoint(SimulatorContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (context.Authorization.CheckHeader(http.Request) is { } authError)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
            return;
        }

        if (!http.Request.Query.TryGetValue("path", out var values))
        {
            await ValidationErrors.WriteMissingQueryAsync(http, "path");
            return;
        }

        var file = Resolve(values[^1] ?? string.Empty);
        if (file is null)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status403Forbidden, "Access denied: path outside allowed directory");
            return;
        }

        if (!File.Exists(file))
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status404NotFound, "Audio file not found");
            return;
        }

        var throttle = new DownloadThrottle(context.Faults.DownloadBytesPerSecond, context.Faults.DropDownloadAfterBytes);
        await FileDownload.SendAsync(http, file, MimeTypeFor(file), throttle, context.Clock);
    }

    /// <summary>Upstream's map: anything but .mp3/.wav/.flac/.ogg is labelled audio/mpeg (wrong for opus/aac, but actual).</summary>
    public static string MimeTypeFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".wav" => "audio/wav",
        ".flac" => "audio/flac",
        ".ogg" => "audio/ogg",
        _ => "audio/mpeg",
    };

    /// <summary>The real path (symlinks followed), or null when it lies outside the output folder.</summary>
    private string? Resolve(string requested)
    {
        try
        {
            var full = Path.GetFullPath(requested);
            if (File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                full = target.FullName;
            }

            return AudioPathPolicy.IsInside(full, context.Paths.OutputDirectory) ? full : null;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
