using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json;
using EntityGraph.Grains;
using EntityGraph.Storage;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>
/// An <c>entitygraph serve</c> child process on 127.0.0.1 with a fresh store and no samples, started from this same
/// build, and a GraphQL client for it. Killed on dispose; its output goes to a log file in the work folder.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private bool _logClosed;

    private readonly string _logPath;

    private ServerProcess(Process process, Uri address, StreamWriter log, string logPath)
    {
        _process = process;
        _log = log;
        _logPath = logPath;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>
    /// Starts the server with <paramref name="configuration"/> (the keys the benchmark's own host runs with, passed as
    /// environment variables) and returns once the process runs (not yet ready).
    /// </summary>
    public static ServerProcess Start(string dataFolder, int port, string logPath, IReadOnlyDictionary<string, string?> configuration)
    {
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var info = ServeCommandLine(["serve", "--data-dir", dataFolder, "--urls", address.ToString().TrimEnd('/'), "--no-samples"]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var (key, value) in configuration)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // No rate limit: the benchmark measures the server, not the limiter.
        info.Environment["EntityGraph__Security__RequestsPerMinute"] = "0";
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info);
        if (process is null)
        {
            log.Dispose();
            throw new EntityGraphException(ErrorCodes.ServiceUnavailable, "The benchmark's server process did not start.");
        }

        return new ServerProcess(process, address, log, logPath);
    }

    /// <summary>Polls /health/ready until it answers 200; false when the process exits or the timeout passes first.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var response = await _http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Runs GraphQL <c>extract</c> and returns the entities found; any error fails the benchmark.</summary>
    public async Task<int> ExtractAsync(string text, string? language, string tier, CancellationToken cancellationToken = default)
    {
        var body = new
        {
            query = "mutation($text: String!, $language: String, $accuracy: Accuracy) { extract(text: $text, language: $language, accuracy: $accuracy) { entities { text } } }",
            variables = new { text, language, accuracy = tier.ToUpperInvariant() },
        };
        using var response = await _http.PostAsJsonAsync(new Uri("graphql", UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || json is null || json["errors"] is JsonArray { Count: > 0 })
        {
            throw new EntityGraphException(ErrorCodes.ServiceUnavailable, $"The benchmark's server answered extract with HTTP {(int)response.StatusCode}: {json?.ToJsonString() ?? "(no body)"}");
        }

        return json["data"]?["extract"]?["entities"]?.AsArray().Count ?? 0;
    }

    /// <summary>VmRSS and VmHWM (peak) of the server in MiB, from /proc; zeros where /proc cannot be read.</summary>
    public (double Rss, double Peak) Memory() => ProcessMemory.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        lock (_logGate)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    /// <summary>The last <paramref name="lines"/> lines the server printed.</summary>
    public string LogTail(int lines)
    {
        lock (_logGate)
        {
            using var reader = new StreamReader(new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var all = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                all.Add(line);
            }

            return string.Join(Environment.NewLine, all.TakeLast(lines));
        }
    }

    /// <summary>A line of the server's output into the log; lines that come after the log closed are dropped.</summary>
    private void Log(string? line)
    {
        lock (_logGate)
        {
            if (!_logClosed && line is not null)
            {
                _log.WriteLine(line);
            }
        }
    }

    /// <summary>This build's entitygraph: the apphost beside this assembly, or <c>dotnet entitygraph.dll</c>.</summary>
    private static ProcessStartInfo ServeCommandLine(IReadOnlyList<string> arguments)
    {
        var assembly = Assembly.GetExecutingAssembly().Location;
        var host = Path.Combine(Path.GetDirectoryName(assembly)!, OperatingSystem.IsWindows() ? "entitygraph.exe" : "entitygraph");
        var info = File.Exists(host) ? new ProcessStartInfo(host) : new ProcessStartInfo("dotnet") { ArgumentList = { assembly } };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
