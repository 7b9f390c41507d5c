namespace EntityGraph.Silo.Cli;

/// <summary>An option of a command: a flag when <see cref="ValueName"/> is null, otherwise "--name VALUE".</summary>
public sealed record OptionSpec(string Name, string? ValueName, string Description, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;
}
