namespace EntityGraph.CommandLine;

/// <summary>The command line is wrong in a way only the command can tell; reported like a parse error, with the usage exit code.</summary>
public sealed class UsageException(string message, string? command = null, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>The command whose usage to show, or null for the overall usage.</summary>
    public string? Command { get; } = command;
}
