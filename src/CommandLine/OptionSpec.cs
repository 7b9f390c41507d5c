namespace EntityGraph.CommandLine;

/// <summary>
/// An option of a command: a flag when <see cref="ValueName"/> is null, otherwise "--name VALUE". <see cref="Kind"/>,
/// <see cref="Choices"/> and <see cref="Required"/> say which values the command line accepts.
/// </summary>
/// <param name="Name">The option's name without the leading dashes.</param>
/// <param name="ValueName">The value's placeholder in help (DIR, N...), or null for a flag.</param>
/// <param name="Description">One line for the help.</param>
/// <param name="Repeatable">Whether the option may be given more than once, each value kept in order.</param>
public sealed record OptionSpec(string Name, string? ValueName, string Description, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;

    /// <summary>What the value is; text unless said otherwise.</summary>
    public OptionValueKind Kind { get; init; } = OptionValueKind.Text;

    /// <summary>The only values accepted (in any letter case), or null for any.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Whether the command refuses to run without it.</summary>
    public bool Required { get; init; }

    /// <summary>An option whose value is one of <paramref name="choices"/>; its placeholder lists them.</summary>
    public static OptionSpec Choice(string name, string description, IReadOnlyList<string> choices) =>
        new(name, string.Join('|', choices), description) { Choices = choices };
}
