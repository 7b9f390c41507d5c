namespace EntityGraph.Silo.Hosting;

/// <summary>How much of the platform a command starts.</summary>
public enum HostMode
{
    /// <summary>Silo and HTTP API (serve).</summary>
    Server,

    /// <summary>Silo in process, no HTTP (ingest, extract, eval).</summary>
    Worker,

    /// <summary>Only the graph store (export).</summary>
    StoreOnly,
}
