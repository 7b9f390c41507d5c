namespace EntityGraph.CommandLine;

/// <summary>Runs a command with its parsed arguments; returns the process exit code.</summary>
public delegate Task<int> CommandHandler(CommandArguments arguments, CancellationToken cancellationToken);
