using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace AceStep.Simulator.Http;

/// <summary>
/// Sends a file like Starlette's FileResponse (content-length, last-modified, etag, single byte ranges with 206/416),
/// slowed or cut short by a <see cref="DownloadThrottle"/>.
/// </summary>
internal static class FileDownload
{
    private const int ChunkSize = 16 * 1024;

    public static async Task SendAsync(HttpContext http, string path, string contentType, DownloadThrottle throttle, TimeProvider clock)
    {
        var info = new FileInfo(path);
        var length = info.Length;
        var response = http.Response;
        response.Headers.AcceptRanges = "bytes";
        response.Headers.LastModified = info.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.ETag = ETagFor(info);
        response.ContentType = contentType;

        var (start, end, partial, unsatisfiable) = ParseRange(http.Request, length);
        if (unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{length}";
            response.ContentLength = 0;
            return;
        }

        response.StatusCode = partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        if (partial)
        {
            response.Headers.ContentRange = $"bytes {start}-{end}/{length}";
        }

        response.ContentLength = end - start + 1;
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, ChunkSize, useAsync: true);
        file.Seek(start, SeekOrigin.Begin);
        await CopyAsync(http, file, end - start + 1, throttle, clock);
    }

    private static async Task CopyAsync(HttpContext http, FileStream file, long count, DownloadThrottle throttle, TimeProvider clock)
    {
        var bytesPerSecond = throttle.BytesPerSecond;
        var dropAfter = throttle.DropAfterBytes ?? long.MaxValue;
        var chunkSize = bytesPerSecond > 0 ? (int)Math.Clamp(bytesPerSecond / 10, 1, ChunkSize) : ChunkSize;
        var buffer = new byte[chunkSize];
        long sent = 0;
        var aborted = http.RequestAborted;
        while (sent < count)
        {
            var wanted = (int)Math.Min(Math.Min(chunkSize, count - sent), dropAfter - sent);
            if (wanted <= 0)
            {
                // Ending short of Content-Length makes Kestrel close the connection after the bytes already
                // written, which is what a client sees when a proxy or the server dies mid-download.
                await http.Response.Body.FlushAsync(aborted);
                return;
            }

            var read = await file.ReadAsync(buffer.AsMemory(0, wanted), aborted);
            if (read == 0)
            {
                return;
            }

            await http.Response.Body.WriteAsync(buffer.AsMemory(0, read), aborted);
            sent += read;
            if (bytesPerSecond > 0)
            {
                await http.Response.Body.FlushAsync(aborted);
                await Task.Delay(TimeSpan.FromSeconds((double)read / bytesPerSecond), clock, aborted);
            }
        }
    }

    /// <summary>One "bytes=a-b" range (multiple ranges are answered with the whole file; clients must accept both).</summary>
    private static (long Start, long End, bool Partial, bool Unsatisfiable) ParseRange(HttpRequest request, long length)
    {
        string? header = request.Headers.Range;
        if (string.IsNullOrEmpty(header) || !RangeHeaderValue.TryParse(header, out var range)
            || !string.Equals(range.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || range.Ranges.Count != 1)
        {
            return (0, length - 1, false, false);
        }

        var item = range.Ranges.First();
        long start;
        long end;
        if (item.From is null)
        {
            var suffix = item.To ?? 0;
            start = Math.Max(0, length - suffix);
            end = length - 1;
            return suffix == 0 || length == 0 ? (0, 0, false, true) : (start, end, true, false);
        }

        start = item.From.Value;
        end = Math.Min(item.To ?? length - 1, length - 1);
        return start >= length || start > end ? (0, 0, false, true) : (start, end, true, false);
    }

    /// <summary>Starlette's etag: the MD5 of "mtime-size".</summary>
    private static string ETagFor(FileInfo info)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds()}-{info.Length}");
#pragma warning disable CA5351 // Not security: the etag only has to change when the file does, and upstream uses MD5.
        return "\"" + Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(key))) + "\"";
#pragma warning restore CA5351
    }
}
