using EntityGraph.CommandLine;

namespace EntityGraph.Silo.Cli;

/// <summary>A subcommand of entitygraph: its command-line shape and what it does.</summary>
public abstract class CliCommand
{
    /// <summary>Name, options, positional arguments, subcommands and help text; the command line is built from it.</summary>
    public abstract CommandSpec Spec { get; }

    /// <summary>
    /// Runs the command (for a command with subcommands, the one <see cref="CommandArguments.Spec"/> names); returns the
    /// process exit code (see <see cref="ExitCodes"/>).
    /// </summary>
    public abstract Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default);
}
