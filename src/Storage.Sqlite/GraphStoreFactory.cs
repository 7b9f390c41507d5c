using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Sqlite;

/// <summary>Creates SQLite graph stores outside dependency injection (CLI tools, tests).</summary>
public static class GraphStoreFactory
{
    /// <summary>Creates a store from validated options; throws <see cref="OptionsValidationException"/> for bad options.</summary>
    public static SqliteGraphStore Create(GraphStoreOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new GraphStoreOptionsValidator([new SqliteGraphStoreProvider()]).Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(GraphStoreOptions), result.Failures);
        }

        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SqliteGraphStore>();
        return new SqliteGraphStore(Options.Create(options), logger, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Creates a store on the default file name inside <paramref name="dataDirectory"/>.</summary>
    public static SqliteGraphStore Create(string dataDirectory, ILoggerFactory? loggerFactory = null) =>
        Create(new GraphStoreOptions { DataDirectory = dataDirectory }, loggerFactory);

    /// <summary>Creates a store inside <paramref name="dataDirectory"/> and initializes its schema.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(string dataDirectory, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var store = Create(dataDirectory, loggerFactory);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
