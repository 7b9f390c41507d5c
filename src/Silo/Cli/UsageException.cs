namespace EntityGraph.Silo.Cli;

/// <summary>The command line is wrong; reported with the command's usage and exit code 2.</summary>
public sealed class UsageException(string message, string? command = null) : Exception(message)
{
    /// <summary>The command whose usage to show, or null for the overall usage.</summary>
    public string? Command { get; } = command;
}
