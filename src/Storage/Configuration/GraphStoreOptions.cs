namespace EntityGraph.Storage.Configuration;

/// <summary>Which backend keeps the graph, and where. Bound from "EntityGraph:Storage".</summary>
public sealed class GraphStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "EntityGraph:Storage";

    /// <summary>The backend: <c>sqlite</c> (the embedded default) or <c>postgresql</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The server backend's connection string (PostgreSQL: <c>Host=...;Database=...;Username=...</c>); unused by SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite: folder holding the database file; created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>SQLite: the database file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "entitygraph.db";

    /// <summary>How long a write waits for the write lock held by another process before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether connections are pooled between operations.</summary>
    public bool Pooling { get; set; } = true;

    /// <summary>
    /// SQLite: how often the write-ahead log is checked and, once it has grown past its limit, copied into the database
    /// file and truncated (a checkpoint that waits for readers, so a steady stream of reads cannot make it grow forever).
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>SQLite: the absolute path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
