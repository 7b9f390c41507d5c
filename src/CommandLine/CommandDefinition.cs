namespace EntityGraph.CommandLine;

/// <summary>A top-level command: its description and what runs it (for itself or any of its subcommands).</summary>
public sealed record CommandDefinition(CommandSpec Spec, CommandHandler Handler);
