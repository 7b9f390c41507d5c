namespace EntityGraph.Storage.Configuration;

/// <summary>Where and how the SQLite graph store keeps its file. Bound from "EntityGraph:Storage".</summary>
public sealed class GraphStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "EntityGraph:Storage";

    /// <summary>Folder holding the database file; created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The database file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "entitygraph.db";

    /// <summary>How long a connection waits for a lock held by another writer before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether connections are pooled between operations.</summary>
    public bool Pooling { get; set; } = true;

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
