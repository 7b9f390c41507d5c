using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EntityGraph.Storage;
using EntityGraph.Storage.Sqlite;
using EntityGraph.Text;

namespace EntityGraph.Benchmarks.Micro;

/// <summary>
/// One document write into the embedded store: a 200-word document with 20 mentions of 10 entities, half of them already
/// known from earlier documents, as ingest writes it (one transaction: document, mentions, entities, names, keys,
/// co-occurrence). Each invocation writes a new document into the same growing store.
/// </summary>
[MemoryDiagnoser]
public class StoreUpsertBenchmarks
{
    private static readonly string[] Names =
    [
        "Angela Merkel", "Siemens", "Frankfurt", "Emmanuel Macron", "Deutsche Bank", "Berlin", "Olaf Scholz", "Paris",
        "European Central Bank", "Madrid",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "entitygraph-micro-" + Guid.NewGuid().ToString("N"));
    private SqliteGraphStore _store = null!;
    private int _documents;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await GraphStoreFactory.OpenAsync(_folder);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<string> UpsertDocument()
    {
        var number = Interlocked.Increment(ref _documents);
        return (await _store.UpsertDocumentAsync(Build(number))).ToString() ?? string.Empty;
    }

    private static DocumentWrite Build(int number)
    {
        var text = new StringBuilder();
        var entities = new List<EntityWrite>();
        var mentions = new List<MentionWrite>();
        for (var i = 0; i < Names.Length; i++)
        {
            // Half the entities recur in every document; the other half are new to the store.
            var name = i % 2 == 0 ? Names[i] : $"{Names[i]} {number.ToString(CultureInfo.InvariantCulture)}";
            var type = i % 3 == 0 ? "PER" : i % 3 == 1 ? "ORG" : "LOC";
            var entity = new EntityWrite($"{type}|{NameFolding.Fold(name)}", type, name, NameFolding.Fold(name));
            entities.Add(entity);
            for (var repeat = 0; repeat < 2; repeat++)
            {
                text.Append("The report said that ");
                mentions.Add(new MentionWrite(entity.Id, text.Length, text.Length + name.Length, name, type, 0.97, "micro", "en"));
                text.Append(name).Append(" was mentioned again in the news of the day and later in the evening. ");
            }
        }

        var body = text.ToString();
        return new DocumentWrite($"micro-{number.ToString(CultureInfo.InvariantCulture)}", "en", 1.0, null, null, $"hash-{number.ToString(CultureInfo.InvariantCulture)}", body, false, entities, mentions, []);
    }
}
