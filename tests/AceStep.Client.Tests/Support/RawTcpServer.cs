using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AceStep.Client.Tests.Support;

/// <summary>
/// A bare TCP server on 127.0.0.1 for behaviour no HTTP framework produces on purpose: it reads each request's
/// headers and then runs <c>respond</c>, which may answer raw bytes or simply drop the connection.
/// </summary>
internal sealed class RawTcpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    public RawTcpServer(Func<string, NetworkStream, Task> respond)
    {
        _listener.Start();
        _loop = AcceptAsync(respond);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Drops the connection with a TCP reset, as a crashing server or proxy does.</summary>
    public static Task Reset(NetworkStream stream)
    {
        stream.Socket.LingerState = new LingerOption(true, 0);
        stream.Socket.Close();
        return Task.CompletedTask;
    }

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
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(Func<string, NetworkStream, Task> respond)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    var stream = client.GetStream();
                    var headers = await ReadHeadersAsync(stream);
                    await respond(headers, stream);
                }
            });
        }
    }

    private static async Task<string> ReadHeadersAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer);
            if (n == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        return received.ToString();
    }
}
