using EntityGraph.CommandLine;
using EntityGraph.Storage.Postgres;
using EntityGraph.Storage.Sqlite;

namespace EntityGraph.Silo.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static readonly OptionSpec DataDir = new("data-dir", "DIR", "Folder of the embedded graph store (default ./data, or EntityGraph:Storage:DataDirectory).");

    public static readonly OptionSpec StoreProvider = OptionSpec.Choice(
        "store-provider",
        "Graph store backend: sqlite (default) or postgresql (or EntityGraph:Storage:Provider).",
        [SqliteBackend.Name, PostgresBackend.Name]);

    public static readonly OptionSpec Store = new("store", "CONNECTION", "PostgreSQL connection string, e.g. 'Host=127.0.0.1;Database=entitygraph;Username=eg;Password=...' (or EntityGraph:Storage:ConnectionString).");

    /// <summary>The store options every command that opens the graph takes.</summary>
    public static OptionSpec[] StoreOptions => [DataDir, StoreProvider, Store];

    public static readonly OptionSpec Verbose = new("verbose", null, "Log progress (information level) to stderr.");

    /// <summary>--accuracy best|fast: the model tier.</summary>
    public static readonly OptionSpec AccuracyOption = OptionSpec.Choice("accuracy", "Model tier (default best).", ["best", "fast"]);

    /// <summary>--parallel N: documents processed at once.</summary>
    public static readonly OptionSpec Parallel = new("parallel", "N", "Documents processed at once (default 4).") { Kind = OptionValueKind.PositiveInteger };

    /// <summary>The tier --accuracy names: best (the default) or fast.</summary>
    public static Grains.ExtractionAccuracy Accuracy(CommandArguments arguments) =>
        arguments.Value(AccuracyOption.Name) == "fast" ? Grains.ExtractionAccuracy.Fast : Grains.ExtractionAccuracy.Best;

    /// <summary>The defaults with --data-dir, --store-provider, --store and --verbose of the command line applied.</summary>
    public static Hosting.HostSettings Apply(Hosting.HostSettings defaults, CommandArguments arguments) => defaults with
    {
        DataDirectory = arguments.Value("data-dir") ?? defaults.DataDirectory,
        StoreProvider = arguments.Value("store-provider") ?? defaults.StoreProvider,
        StoreConnectionString = arguments.Value("store") ?? defaults.StoreConnectionString,
        Verbose = arguments.HasFlag("verbose") || defaults.Verbose,
    };
}
