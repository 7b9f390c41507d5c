using System.CommandLine;

namespace EntityGraph.CommandLine;

/// <summary>
/// A <see cref="CommandSpec"/> and the System.CommandLine symbols built from it: its options (with those it inherits from
/// parent commands) by name, and its positional argument (a string, or a string array when it takes more than one).
/// </summary>
internal sealed class CommandBinding(CommandSpec spec, IReadOnlyList<string> path, IReadOnlyDictionary<string, BoundOption> options, Argument? positionals)
{
    public CommandSpec Spec { get; } = spec;

    /// <summary>The command names from the program down to this command (keys, create).</summary>
    public IReadOnlyList<string> Path { get; } = path;

    public IReadOnlyDictionary<string, BoundOption> Options { get; } = options;

    public Argument? Positionals { get; } = positionals;
}
