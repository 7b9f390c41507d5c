namespace EntityGraph.PiiCorpus.Cli;

/// <summary>A command line the CLI cannot run (unknown option, missing value, unreadable file …); exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
