namespace EntityGraph.Silo.Hosting;

/// <summary>The co-hosted Orleans silo, bound from <c>EntityGraph:Silo</c>. It clusters on localhost only.</summary>
public sealed class SiloHostOptions
{
    public const string SectionName = "EntityGraph:Silo";

    public string ClusterId { get; set; } = "entitygraph-local";

    public string ServiceId { get; set; } = "entitygraph";

    /// <summary>Silo-to-silo port on 127.0.0.1; 0 picks a free port.</summary>
    public int SiloPort { get; set; }

    /// <summary>Port for external Orleans clients; 0 runs no gateway (the API and CLI call grains in process).</summary>
    public int GatewayPort { get; set; }

    /// <summary>How long a grain call may take before it fails (model loading on first use counts).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
