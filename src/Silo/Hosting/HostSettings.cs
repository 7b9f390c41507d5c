namespace EntityGraph.Silo.Hosting;

/// <summary>What a command line adds on top of appsettings.json and environment variables.</summary>
public sealed record HostSettings
{
    /// <summary>--data-dir: the folder of the embedded store.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>--store-provider: the graph store backend (sqlite, postgresql).</summary>
    public string? StoreProvider { get; init; }

    /// <summary>--store: the server backend's connection string.</summary>
    public string? StoreConnectionString { get; init; }

    /// <summary>--urls: where serve listens.</summary>
    public string? Urls { get; init; }

    /// <summary>False for --no-samples.</summary>
    public bool? LoadSamples { get; init; }

    /// <summary>--verbose: information-level logs for CLI commands (they log warnings only otherwise).</summary>
    public bool Verbose { get; init; }

    /// <summary>Whether the store schema is created at start; false for commands that never touch the store (extract).</summary>
    public bool InitializeStore { get; init; } = true;

    /// <summary>Further configuration keys, applied last (e.g. "EntityGraph:Ingest:MaxTextBytes").</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    internal Dictionary<string, string?> ToConfiguration()
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (DataDirectory is not null)
        {
            values["EntityGraph:Storage:DataDirectory"] = DataDirectory;
        }

        if (StoreProvider is not null)
        {
            values["EntityGraph:Storage:Provider"] = StoreProvider;
        }

        if (StoreConnectionString is not null)
        {
            values["EntityGraph:Storage:ConnectionString"] = StoreConnectionString;
        }

        if (Urls is not null)
        {
            values[$"{ServerOptions.SectionName}:Urls"] = Urls;
        }

        if (LoadSamples is { } load)
        {
            values[$"{SampleCorpusOptions.SectionName}:LoadOnFirstStart"] = load ? "true" : "false";
        }

        foreach (var (key, value) in Overrides)
        {
            values[key] = value;
        }

        return values;
    }
}
