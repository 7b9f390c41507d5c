using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;
using Microsoft.Data.Sqlite;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>
/// The API over a store whose database file was overwritten with garbage after seeding, so every read fails inside
/// SQLite: a real, unexpected server-side failure.
/// </summary>
public class BrokenStoreFixture : GraphApiHost
{
    protected override async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        await SampleCorpus.SeedAsync(store, cancellationToken);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(DataDirectory))
        {
            File.Delete(file);
        }

        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(DataDirectory, "entitygraph.db"), garbage, cancellationToken);
    }
}
