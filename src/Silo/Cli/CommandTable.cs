using EntityGraph.Silo.Commands;
using EntityGraph.Silo.Hosting;

namespace EntityGraph.Silo.Cli;

/// <summary>The subcommands of entitygraph, in the order the help lists them. Add a command by adding it here.</summary>
public static class CommandTable
{
    /// <summary>All commands; <paramref name="defaults"/> are settings every command starts from (tests pass configuration here).</summary>
    public static IReadOnlyList<CliCommand> CreateDefault(HostSettings? defaults = null) =>
    [
        new ServeCommand(defaults),
        new IngestCommand(defaults),
        new ExtractCommand(defaults),
        new RedactCommand(defaults),
        new ExportCommand(defaults),
        new FeedbackCommand(defaults),
        new ModelsCommand(defaults),
        new EvalCommand(defaults),
        new AliasesCommand(defaults),
        new StoreCommand(defaults),
        new ClusterCommand(),
        new KeysCommand(defaults),
        new BenchCommand(defaults),
    ];
}
