using System.Net;
using System.Net.Sockets;

namespace EntityGraph.Silo.Hosting;

/// <summary>Finds a TCP port on 127.0.0.1 that nothing listens on right now.</summary>
internal static class FreePorts
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
