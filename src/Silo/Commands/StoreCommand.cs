using System.Globalization;
using EntityGraph.CommandLine;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Postgres;
using EntityGraph.Storage.Relational;
using EntityGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>
/// entitygraph store copy: moves a whole graph from one store to another (any backends), resumable; entitygraph store
/// check: the store's integrity and every count recomputed from the mention rows.
/// </summary>
public sealed class StoreCommand(HostSettings? defaults = null) : CliCommand
{
    public const string Copy = "copy";

    public const string Check = "check";

    private readonly HostSettings defaults = defaults ?? new HostSettings();

    private static readonly IGraphStoreProvider[] Providers = [new SqliteGraphStoreProvider(), new PostgresGraphStoreProvider()];

    public override CommandSpec Spec { get; } = new(
        "store",
        "Copy a whole graph to another store (entities, aliases, documents, mentions, tags, link decisions, curation history), or check a store.",
        [])
    {
        Subcommands =
        [
            new(
                Copy,
                "Copy a whole graph from one store to another (any backends), resumable.",
                [
                    Provider("from-provider", "Backend of the source."),
                    new OptionSpec("from", "DIR|CONNECTION", "The source: a data directory (sqlite) or a connection string (postgresql).") { Required = true },
                    Provider("to-provider", "Backend of the target."),
                    new OptionSpec("to", "DIR|CONNECTION", "The target: a data directory (sqlite) or a connection string (postgresql).") { Required = true },
                    new OptionSpec("resume", null, "Finish an interrupted copy into a target that already holds part of it."),
                ],
                Notes:
                [
                    "Rows keep their ids; the target must be empty unless --resume is given. Rows already in the target are kept, so an",
                    "interrupted copy is finished by running the same command with --resume. Do not write to the source while it copies.",
                    "At the end every table's row count is compared; the exit code is 1 when any differs.",
                ]),
            new(
                Check,
                "Run the database's integrity check and recompute every count from the mention rows; exit code 1 when anything is off.",
                CommonOptions.StoreOptions,
                Notes: ["The store: --data-dir DIR (sqlite), or --store-provider postgresql --store CONNECTION."]),
        ],
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Spec.Name == Check)
        {
            return await CheckAsync(arguments, console, cancellationToken);
        }

        using var source = Open(arguments, "from");
        using var target = Open(arguments, "to");
        var copier = new GraphCopier(source, target);
        var progress = new SynchronousProgress<GraphCopyProgress>(p =>
        {
            if (p.Finished)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Table}: {p.RowsCopied:N0} rows"));
            }
        });
        var result = await copier.CopyAsync(arguments.HasFlag("resume"), progress, cancellationToken);
        foreach (var (table, from, to) in result.Tables.Where(t => t.Source != t.Target))
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"entitygraph store: error: {table} has {from:N0} rows in the source but {to:N0} in the target"));
        }

        var rows = result.Tables.Sum(t => t.Target);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"copied {rows:N0} rows in {result.Tables.Count} tables from {source.Backend.Location} to {target.Backend.Location}"));
        return result.Complete ? ExitCodes.Success : ExitCodes.Failure;
    }

    private async Task<int> CheckAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var settings = CommonOptions.Apply(this.defaults, arguments);
        await using var runtime = WorkerRuntime.Build(settings, HostMode.StoreOnly);
        await runtime.StartAsync(cancellationToken);
        var result = await runtime.Store.CheckAsync(cancellationToken);
        await console.Out.WriteLineAsync($"integrity: {result.IntegrityDetail}");
        foreach (var problem in result.CountProblems)
        {
            await console.Out.WriteLineAsync($"count: {problem}");
        }

        await console.Out.WriteLineAsync(result.Ok ? "counts: every count equals what the mention rows say" : $"{result.CountProblems.Count} problems found");
        return result.Ok ? ExitCodes.Success : ExitCodes.Failure;
    }

    private RelationalGraphStore Open(CommandArguments arguments, string side)
    {
        var providerName = arguments.Required($"{side}-provider");
        var location = arguments.Required(side);
        var provider = GraphStoreProviders.Find(Providers, providerName, out var problem) ?? throw new UsageException(problem!, Spec.Name);
        var options = provider.Name == SqliteBackend.Name
            ? new GraphStoreOptions { Provider = provider.Name, DataDirectory = location }
            : new GraphStoreOptions { Provider = provider.Name, ConnectionString = location };
        var failures = provider.Validate(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException($"--{side}", typeof(GraphStoreOptions), failures);
        }

        return (RelationalGraphStore)provider.Create(options, NullLoggerFactory.Instance, TimeProvider.System);
    }

    private static OptionSpec Provider(string name, string description) =>
        OptionSpec.Choice(name, description, [.. Providers.Select(p => p.Name)]) with { Required = true };

    /// <summary>Reports on the caller's thread, so progress lines come out in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
