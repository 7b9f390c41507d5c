namespace EntityGraph.Silo.Cli;

/// <summary>A parsed command line: option values by name, flags set, positional arguments in order.</summary>
public sealed class CommandArguments(
    CommandSpec spec,
    IReadOnlyDictionary<string, IReadOnlyList<string>> values,
    IReadOnlySet<string> flags,
    IReadOnlyList<string> positionals,
    bool helpRequested)
{
    public CommandSpec Spec { get; } = spec;

    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool HelpRequested { get; } = helpRequested;

    public bool HasFlag(string name) => flags.Contains(name);

    /// <summary>The value of a single-valued option, or null when absent.</summary>
    public string? Value(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>All values of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(string name) => values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The value of an option that must be given.</summary>
    public string Required(string name) =>
        Value(name) ?? throw new UsageException($"missing required option --{name}", Spec.Name);

    /// <summary>An option's value as a positive integer, or <paramref name="fallback"/> when absent.</summary>
    public int PositiveInt(string name, int fallback)
    {
        var raw = Value(name);
        if (raw is null)
        {
            return fallback;
        }

        return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"--{name} must be a positive integer, not '{raw}'", Spec.Name);
    }
}
