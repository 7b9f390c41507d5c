namespace EntityGraph.CommandLine;

/// <summary>
/// The shape of a command line: its name, help text, options, positional arguments and subcommands. The one description
/// of a command from which its parser, help, validation and completions are built.
/// </summary>
/// <param name="Name">The command's name.</param>
/// <param name="Summary">One sentence for the help and the parent's command list.</param>
/// <param name="Options">The options of this command; a command with subcommands passes its own on to them.</param>
/// <param name="PositionalName">The positional arguments' placeholder (PATH, OUT...), or null when it takes none.</param>
/// <param name="MinPositionals">How many positional arguments it needs at least.</param>
/// <param name="MaxPositionals">How many positional arguments it takes at most (int.MaxValue: any number).</param>
/// <param name="Notes">Paragraphs printed after the options in the help.</param>
public sealed record CommandSpec(
    string Name,
    string Summary,
    IReadOnlyList<OptionSpec> Options,
    string? PositionalName = null,
    int MinPositionals = 0,
    int MaxPositionals = 0,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>What the positional arguments are, for the help.</summary>
    public string? PositionalDescription { get; init; }

    /// <summary>The subcommands (keys create, keys list...); the command itself then runs only through one of them.</summary>
    public IReadOnlyList<CommandSpec> Subcommands { get; init; } = [];

    /// <summary>The option named <paramref name="name"/> (without dashes), or null.</summary>
    public OptionSpec? FindOption(string name) => Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
