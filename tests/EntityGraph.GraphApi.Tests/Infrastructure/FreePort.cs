using System.Net;
using System.Net.Sockets;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>Asks the OS for a currently free TCP port on 127.0.0.1.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
