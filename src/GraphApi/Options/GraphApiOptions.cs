namespace EntityGraph.GraphApi.Options;

/// <summary>Limits and switches of the GraphQL API, bound to <c>EntityGraph:GraphApi</c>.</summary>
public sealed class GraphApiOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "EntityGraph:GraphApi";

    /// <summary>The smallest depth limit allowed: the standard introspection query is 13 levels deep.</summary>
    public const int MinimumDepth = 13;

    /// <summary>Page size used when a connection field gets no <c>first</c> argument.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest <c>first</c> accepted; a larger value is rejected with INVALID_ARGUMENT.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Deepest selection accepted (at least <see cref="MinimumDepth"/>).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed query complexity accepted (GraphQL.NET's complexity analyzer; lists count by their <c>first</c>).</summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Largest HTTP request body in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Extractions (ingestDocument, extract) running at once on this host; more wait in the queue.</summary>
    public int MaxConcurrentExtractions { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>Extractions waiting for a slot; beyond it requests are shed with OVERLOADED (HTTP 503).</summary>
    public int MaxQueuedExtractions { get; set; } = 256;

    /// <summary>When true, unexpected errors carry their exception message and details. Off in production.</summary>
    public bool ExposeExceptions { get; set; }
}
