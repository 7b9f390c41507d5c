using EntityGraph.CommandLine;

namespace EntityGraph.Silo.Cli;

/// <summary>Process exit codes of the entitygraph command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but some of its work failed (e.g. a document was rejected).</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = CommandLineApp.UsageExitCode;
}
