using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Postgres;
using EntityGraph.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>
/// Two real <c>entitygraph ingest</c> processes write 300 documents into one PostgreSQL store at the same time; the
/// documents keep naming the same new entities, so both processes link and create them concurrently. Each entity must
/// exist once, and every stored count must equal what the mention rows say.
/// </summary>
public sealed class PostgresConcurrentIngestTests(Workspace workspace) : IClassFixture<Workspace>
{
    private static readonly string[] Organizations = ["ACME", "KRONOS", "NORDWIND", "HELIOS", "SOLARA", "ATLAS"];
    private static readonly string[] People = ["Anna", "Bert", "Clara", "Dmitri", "Elena", "Farid"];

    [Fact]
    public async Task Two_ingest_processes_on_one_postgresql_store_end_with_each_entity_once_and_exact_counts()
    {
        var server = await PostgresTestServer.GetAsync();
        var connectionString = await server.CreateSchemaAsync("ingest");
        try
        {
            var input = workspace.Folder("concurrent-input");
            var files = new[] { Path.Combine(input, "a.jsonl"), Path.Combine(input, "b.jsonl") };
            for (var part = 0; part < 2; part++)
            {
                await File.WriteAllLinesAsync(files[part], Enumerable.Range(0, 150).Select(i => Document(part, i)));
            }

            var runs = await Task.WhenAll(files.Select(file => RunIngestAsync(connectionString, file)));

            Assert.All(runs, run => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}"));
            Assert.All(runs, run => Assert.StartsWith("150 of 150 documents ingested: 150 created", run.Out, StringComparison.Ordinal));
            using var store = new PostgresGraphStore(new GraphStoreOptions { Provider = "postgresql", ConnectionString = connectionString }, NullLogger<PostgresGraphStore>.Instance, TimeProvider.System);
            var statistics = await store.GetStatisticsAsync();
            Assert.Equal(300, statistics.Documents);
            Assert.Equal(Organizations.Length + People.Length, statistics.Entities);
            Assert.Empty(Problems(connectionString));
            foreach (var name in Organizations)
            {
                var found = await store.SearchEntitiesAsync(new EntityQuery(name, "ORG", null, 10, 0));
                var entity = Assert.Single(found.Items);
                Assert.Equal(300 / Organizations.Length * 2, entity.DocumentCount);
            }
        }
        finally
        {
            await server.DropSchemaAsync(connectionString);
        }
    }

    /// <summary>Document i of part p names two organizations and one person, so every entity is shared by 100 documents of both parts.</summary>
    private static string Document(int part, int i)
    {
        var n = part * 150 + i;
        var text = $"{Organizations[n % 6]} and {Organizations[(n + 1) % 6]} hired {People[n % 6]} in report {n}.";
        return JsonSerializer.Serialize(new { id = $"doc-{n:D3}", text, language = "en" });
    }

    private async Task<(int ExitCode, string Out, string Error)> RunIngestAsync(string connectionString, string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "entitygraph.dll"), "ingest", "--store-provider", "postgresql", "--store", connectionString, "--parallel", "4", file })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in workspace.Settings.Overrides)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("entitygraph did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Entities stored twice for one key, and counts that disagree with the mention rows.</summary>
    private static List<string> Problems(string connectionString)
    {
        string[] checks =
        [
            "SELECT 'duplicate ' || type || '|' || normalized_key FROM entities GROUP BY type, normalized_key HAVING COUNT(*) > 1",
            """
            SELECT 'entity ' || e.id FROM entities e
            WHERE e.mention_count <> (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)
               OR e.document_count <> (SELECT COUNT(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)
            """,
            """
            SELECT 'alias ' || a.entity_id || ' ' || a.name FROM aliases a
            WHERE a.count <> (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = a.entity_id AND m.text = a.name AND m.language = a.language)
            """,
            """
            SELECT 'pair ' || c.entity_a || ' ' || c.entity_b FROM cooccurrence c
            WHERE c.document_count <> (SELECT COUNT(DISTINCT x.document_id) FROM mentions x JOIN mentions y
                                       ON y.document_id = x.document_id AND x.entity_id = c.entity_a AND y.entity_id = c.entity_b)
            """,
        ];
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var problems = new List<string>();
        foreach (var check in checks)
        {
            using var command = new NpgsqlCommand(check, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                problems.Add(reader.GetString(0));
            }
        }

        return problems;
    }
}
