using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EntityGraph.TestSupport;

namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>
/// A real <c>entitygraph serve</c> process (the Silo project's build output) on 127.0.0.1, configured through
/// environment variables as an operator would; its output is kept for failure messages. Killed on dispose.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SiloProcess(Process process, string name, int httpPort, int siloPort)
    {
        _process = process;
        Name = name;
        HttpPort = httpPort;
        SiloPort = siloPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Name { get; }

    public int HttpPort { get; }

    /// <summary>The Orleans silo port given in <c>Cluster:SiloPort</c> (0 when the silo picked one).</summary>
    public int SiloPort { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    /// <summary>What the process wrote so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a silo on a PostgreSQL store (see the overload taking store arguments).</summary>
    public static Task<SiloProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, string storeConnection, string modelsDirectory) =>
        StartAsync(name, settings, ["--store-provider", "postgresql", "--store", storeConnection], modelsDirectory);

    /// <summary>
    /// Starts a silo over the store <paramref name="storeArguments"/> name (for example <c>--data-dir DIR</c>) with
    /// <paramref name="settings"/> as <c>EntityGraph__...</c> environment variables and waits until /health answers.
    /// </summary>
    public static async Task<SiloProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, IReadOnlyList<string> storeArguments, string modelsDirectory)
    {
        var httpPort = LoopbackPorts.Free();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { Executable, "serve", "--no-samples", "--urls", $"http://127.0.0.1:{httpPort}" }.Concat(storeArguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["EntityGraph__Ner__ModelsDirectory"] = modelsDirectory;
        start.Environment["EntityGraph__Ner__ExecutionProvider"] = "cpu";
        start.Environment["EntityGraph__Security__RequestsPerMinute"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment["EntityGraph__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var siloPort = settings.TryGetValue("Cluster:SiloPort", out var port) ? int.Parse(port, CultureInfo.InvariantCulture) : 0;
        var silo = new SiloProcess(process, name, httpPort, siloPort);
        process.OutputDataReceived += (_, line) => silo.Append(line.Data);
        process.ErrorDataReceived += (_, line) => silo.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await silo.WaitHealthyAsync();
        return silo;
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Posts a GraphQL request and returns the whole answer (data and errors).</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await Http.PostAsJsonAsync("graphql", new { query, variables }, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    /// <summary>The silos of the cluster as this silo sees them (the GraphQL cluster query).</summary>
    public async Task<List<JsonElement>> ClusterAsync()
    {
        var answer = await GraphQLAsync("{ cluster { address name status languages hostsFallback loadedModels activations extractionsServed } }");
        if (answer.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"cluster query failed on {Name}: {errors}");
        }

        return answer.GetProperty("data").GetProperty("cluster").EnumerateArray().ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    public static string Executable
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(RepositoryPaths.Root(), "src", "Silo", "bin", configuration, "net10.0", "entitygraph.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"The silo executable {path} is missing; build src/Silo first.");
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Silo {Name} exited with {_process.ExitCode} before it was healthy:\n{Log}");
            }

            try
            {
                using var response = await Http.GetAsync("health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Silo {Name} was not healthy within 120 s:\n{Log}"));
    }
}
