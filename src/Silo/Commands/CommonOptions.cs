using EntityGraph.Silo.Cli;

namespace EntityGraph.Silo.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static readonly OptionSpec DataDir = new("data-dir", "DIR", "Folder of the embedded graph store (default ./data, or EntityGraph:Storage:DataDirectory).");

    public static readonly OptionSpec Verbose = new("verbose", null, "Log progress (information level) to stderr.");
}
