using System.Net;
using System.Net.Sockets;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 that nothing listens on (taken from the OS, then released).</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string List(params int[] ports) => string.Join(',', ports);
}
