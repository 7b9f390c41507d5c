namespace EntityGraph.Silo.Cli;

/// <summary>The shape of a command line: its options and how many positional arguments it takes.</summary>
public sealed record CommandSpec(
    string Name,
    string Summary,
    string Usage,
    IReadOnlyList<OptionSpec> Options,
    string? PositionalName = null,
    int MinPositionals = 0,
    int MaxPositionals = 0,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>The option named <paramref name="name"/> (without dashes), or null.</summary>
    public OptionSpec? FindOption(string name) => Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
