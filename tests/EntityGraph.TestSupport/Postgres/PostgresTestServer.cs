using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace EntityGraph.TestSupport.Postgres;

/// <summary>
/// The PostgreSQL server the tests use, one per test process. With <c>ENTITYGRAPH_TEST_POSTGRES</c> set (a connection
/// string; <c>.ci/run</c> sets it after starting its own server) that server is used. Otherwise a throw-away cluster is
/// created with Debian's <c>initdb</c> in a temporary folder and started on a free 127.0.0.1 port (as the
/// <c>postgres</c> user when the tests run as root), and stopped when the process exits (by a watchdog shell when the
/// process is killed). When neither works the tests
/// that need it fail with a message that says how to install or point at a server; they never skip.
/// </summary>
public sealed class PostgresTestServer
{
    /// <summary>The environment variable naming an existing server.</summary>
    public const string EnvironmentVariable = "ENTITYGRAPH_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresTestServer>> Shared = new(StartAsync);

    private PostgresTestServer(string adminConnectionString)
    {
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>A connection string with rights to create and drop schemas.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server, started on first use.</summary>
    public static Task<PostgresTestServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema only.</summary>
    public async Task<string> CreateSchemaAsync(string prefix = "t")
    {
        var schema = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\";", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Drops the schema a <see cref="CreateSchemaAsync"/> connection string names, with everything in it.</summary>
    public async Task DropSchemaAsync(string connectionString)
    {
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresTestServer> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var connectionString = string.IsNullOrWhiteSpace(given) ? await StartLocalClusterAsync() : given;
        await using var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception failure) when (failure is NpgsqlException or SocketException or TimeoutException)
        {
            throw new InvalidOperationException($"The PostgreSQL server for the tests cannot be reached ({failure.Message}). Set {EnvironmentVariable} to a reachable server's connection string, or install Debian's postgresql package so the tests start their own.", failure);
        }

        return new PostgresTestServer(connectionString);
    }

    private static async Task<string> StartLocalClusterAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException($"The PostgreSQL tests need a server: install Debian's postgresql package (apt-get install -y postgresql), or set {EnvironmentVariable} to a connection string.");
        }

        var root = Path.Combine(Path.GetTempPath(), $"entitygraph-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres", root]);
        }

        var data = Path.Combine(root, "data");
        var port = LoopbackPorts.Free();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"], asRoot);
        var options = string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c max_connections=300");
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(root, "log"), "-w", "start"], asRoot);
        StartWatchdog(Path.Combine(bin, "pg_ctl"), data, root, asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
                Directory.Delete(root, recursive: true);
            }
            catch (Exception failure) when (failure is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Stopping the test PostgreSQL server in {root} failed: {failure.Message}");
            }
        };
        return string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=50");
    }

    /// <summary>
    /// A shell that stops the cluster and removes its folder once this test process is gone, even when the test host is
    /// killed without running exit handlers (the exit handler above does it sooner on a normal exit).
    /// </summary>
    private static void StartWatchdog(string pgCtl, string data, string root, bool asPostgres)
    {
        var stop = (asPostgres ? "runuser -u postgres -- " : string.Empty) + $"'{pgCtl}' -D '{data}' -m immediate stop";
        var script = string.Create(
            CultureInfo.InvariantCulture,
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; [ -d '{data}' ] && {stop} >/dev/null 2>&1; rm -rf '{root}'");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        var watchdog = Process.Start(start) ?? throw new InvalidOperationException("The watchdog shell for the test PostgreSQL server did not start.");
        watchdog.OutputDataReceived += (_, _) => { };
        watchdog.ErrorDataReceived += (_, _) => { };
        watchdog.BeginOutputReadLine();
        watchdog.BeginErrorReadLine();
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await errors}{await output}");
        }
    }
}
