using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>
/// A deliberately broken "ACE-Step server" on 127.0.0.1 for answers the simulator never gives: hostile ids,
/// HTML pages, lying MIME types, truncated and endless bodies. It reads one request per connection, asks
/// <c>answer</c> what to send for the request line's path, and closes the connection.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, HostileAnswer> _answer;
    private readonly Task _loop;

    public HostileServer(Func<string, HostileAnswer> answer)
    {
        _answer = answer;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>The version-A health answer every CLI generation asks for first.</summary>
    public static HostileAnswer Health { get; } = HostileAnswer.Envelope("""{"status":"ok","service":"ACE-Step API","version":"1.0"}""");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream);
                await WriteAsync(stream, _answer(path));
            }
            catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
            {
                // The client hung up (e.g. it stopped reading an endless body at its cap): that is the point.
            }
        }
    }

    /// <summary>Reads the request line, the headers and a Content-Length body; returns the path without the query.</summary>
    private static async Task<string> ReadRequestPathAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
        {
            head.Append((char)one[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var length = lines
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => long.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[8192];
        for (long left = length; left > 0;)
        {
            var read = await stream.ReadAsync(body.AsMemory(0, (int)Math.Min(body.Length, left)));
            if (read == 0)
            {
                break;
            }

            left -= read;
        }

        var target = lines[0].Split(' ')[1];
        return target.Split('?')[0];
    }

    private static async Task WriteAsync(NetworkStream stream, HostileAnswer answer)
    {
        var head = new StringBuilder()
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} X\r\n")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Type: {answer.ContentType}\r\n")
            .Append("Connection: close\r\n");
        if (!answer.Endless)
        {
            head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {answer.DeclaredLength ?? answer.Body.Length}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(answer.Body);
        var filler = new byte[64 * 1024];
        Array.Fill(filler, (byte)'7');
        while (answer.Endless)
        {
            await stream.WriteAsync(filler);
        }
    }
}
