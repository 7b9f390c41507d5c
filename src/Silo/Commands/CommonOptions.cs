using EntityGraph.Silo.Cli;

namespace EntityGraph.Silo.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{

    public static readonly OptionSpec DataDir = new("data-dir", "DIR", "Folder of the embedded graph store (default ./data, or EntityGraph:Storage:DataDirectory).");

    public static readonly OptionSpec StoreProvider = new("store-provider", "NAME", "Graph store backend: sqlite (default) or postgresql (or EntityGraph:Storage:Provider).");

    public static readonly OptionSpec Store = new("store", "CONNECTION", "PostgreSQL connection string, e.g. 'Host=127.0.0.1;Database=entitygraph;Username=eg;Password=...' (or EntityGraph:Storage:ConnectionString).");

    /// <summary>The store options every command that opens the graph takes.</summary>
    public static OptionSpec[] StoreOptions => [DataDir, StoreProvider, Store];

    public static readonly OptionSpec Verbose = new("verbose", null, "Log progress (information level) to stderr.");

    /// <summary>--accuracy: best (the default) or fast.</summary>
    /// <exception cref="UsageException">Another value.</exception>
    public static Grains.ExtractionAccuracy Accuracy(CommandArguments arguments, string command) => arguments.Value("accuracy")?.ToLowerInvariant() switch
    {
        null or "best" => Grains.ExtractionAccuracy.Best,
        "fast" => Grains.ExtractionAccuracy.Fast,
        var other => throw new UsageException($"--accuracy must be 'best' or 'fast', not '{other}'", command),
    };

    /// <summary>The defaults with --data-dir, --store-provider, --store and --verbose of the command line applied.</summary>
    public static Hosting.HostSettings Apply(Hosting.HostSettings defaults, CommandArguments arguments) => defaults with
    {
        DataDirectory = arguments.Value("data-dir") ?? defaults.DataDirectory,
        StoreProvider = arguments.Value("store-provider") ?? defaults.StoreProvider,
        StoreConnectionString = arguments.Value("store") ?? defaults.StoreConnectionString,
        Verbose = arguments.HasFlag("verbose") || defaults.Verbose,
    };
}
