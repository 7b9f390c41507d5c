using System.Data.Common;
using EntityGraph.Storage.Relational;

namespace EntityGraph.Storage.Tests.Support;

/// <summary>
/// A real, empty graph store of one backend for one test (a fresh SQLite file, or a fresh PostgreSQL schema), removed on
/// dispose. Raw connections reach the same data outside the store, for independent checks and fault injection.
/// </summary>
public abstract class TempStore : IDisposable
{
    private readonly List<RelationalGraphStore> _stores = [];

    protected TempStore(TimeProvider? clock)
    {
        Clock = clock ?? new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public TimeProvider Clock { get; }

    /// <summary>The store under test.</summary>
    public RelationalGraphStore Store => _stores[0];

    /// <summary>A second store instance on the same data, like another process or silo would have.</summary>
    public RelationalGraphStore OpenAnother()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    /// <summary>A plain open connection to the same data, outside the store.</summary>
    public abstract DbConnection OpenRaw();

    /// <summary>The names of the store's tables.</summary>
    public abstract IReadOnlyList<string> TableNames();

    /// <summary>Makes every insert of a mention with this text fail inside the database (a trigger).</summary>
    public abstract void FailMentionInserts(string text);

    /// <summary>Removes what <see cref="FailMentionInserts"/> added.</summary>
    public abstract void StopFailingMentionInserts();

    public void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of every row of a query, as text.</summary>
    public IReadOnlyList<string> Strings(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Remove();
        GC.SuppressFinalize(this);
    }

    protected abstract RelationalGraphStore CreateStore();

    protected abstract void Remove();

    protected void Open() => OpenAnother();
}
