using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace EntityGraph.TestSupport.Redis;

/// <summary>
/// The Redis server the cluster tests use, one per test process. With <c>ENTITYGRAPH_TEST_REDIS</c> set (host:port;
/// <c>.ci/run</c> sets it after starting its own server) that server is used; otherwise Debian's <c>redis-server</c> is
/// started on a free 127.0.0.1 port without persistence and killed when the process exits. When neither works the tests
/// that need it fail with a message that says how to install or point at a server; they never skip.
/// </summary>
public sealed class RedisTestServer
{
    /// <summary>The environment variable naming an existing server (host:port).</summary>
    public const string EnvironmentVariable = "ENTITYGRAPH_TEST_REDIS";

    private static readonly Lazy<Task<RedisTestServer>> Shared = new(StartAsync);

    private RedisTestServer(string endpoint)
    {
        Endpoint = endpoint;
    }

    /// <summary>host:port, as <c>EntityGraph:Cluster:Redis</c> takes it.</summary>
    public string Endpoint { get; }

    /// <summary>The server, started on first use.</summary>
    public static Task<RedisTestServer> GetAsync() => Shared.Value;

    private static async Task<RedisTestServer> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var endpoint = string.IsNullOrWhiteSpace(given) ? StartLocal() : given.Trim();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await PingAsync(endpoint);
                return new RedisTestServer(endpoint);
            }
            catch (Exception failure) when (failure is SocketException or IOException or InvalidOperationException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"The Redis server for the tests at {endpoint} cannot be reached ({failure.Message}). Set {EnvironmentVariable} to a reachable host:port, or install Debian's redis-server package so the tests start their own.", failure);
                }

                await Task.Delay(100);
            }
        }
    }

    private static string StartLocal()
    {
        var program = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"The cluster tests need Redis: install Debian's redis-server package (apt-get install -y redis-server), or set {EnvironmentVariable} to host:port.");
        var port = LoopbackPorts.Free();
        // A watchdog shell owns the server and stops it once this test process is gone, even when the test host is
        // killed without running exit handlers.
        var script = string.Create(
            CultureInfo.InvariantCulture,
            $"'{program}' --port {port} --bind 127.0.0.1 --save '' --appendonly no --protected-mode yes & r=$!; "
            + $"while kill -0 {Environment.ProcessId} 2>/dev/null && kill -0 $r 2>/dev/null; do sleep 1; done; kill $r 2>/dev/null");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        };
        return string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
    }

    private static async Task PingAsync(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint[..colon], int.Parse(endpoint[(colon + 1)..], CultureInfo.InvariantCulture));
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer);
        if (!Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{endpoint} did not answer PING with PONG.");
        }
    }
}
