using System.Diagnostics;
using System.Text.Json;
using EntityGraph.TestSupport;

namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>
/// Runs Neo4j's Cypher grammar and linter (npm's @neo4j-cypher/language-support, in Tools/cypher-lint) over a file with
/// Node. Installs the locked package with <c>npm ci</c> on first use. Node and npm must be installed; a missing one
/// fails the test.
/// </summary>
public static class CypherLint
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string ToolDirectory { get; } = Path.Combine(RepositoryPaths.Root(), "tests", "EntityGraph.Silo.Tests", "Tools", "cypher-lint");

    /// <summary>The errors and warnings of the file (1-based lines).</summary>
    public static async Task<(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)> CheckAsync(string cypherFile, CancellationToken cancellationToken = default)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (code, output, error) = await RunAsync("node", ["check.mjs", cypherFile], cancellationToken);
        if (code is not (0 or 1))
        {
            throw new InvalidOperationException($"node check.mjs exited with {code}: {error}");
        }

        using var report = JsonDocument.Parse(output);
        static List<string> Read(JsonElement items) =>
            items.EnumerateArray().Select(item => $"line {item.GetProperty("line").GetInt32()}: {item.GetProperty("message").GetString()}").ToList();
        return (Read(report.RootElement.GetProperty("errors")), Read(report.RootElement.GetProperty("warnings")));
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "@neo4j-cypher", "language-support")))
            {
                return;
            }

            var (code, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], cancellationToken);
            if (code != 0)
            {
                throw new InvalidOperationException($"npm ci in {ToolDirectory} failed ({code}): {output}{error}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = ToolDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started (is Node.js installed?).");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
