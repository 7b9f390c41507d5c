namespace EntityGraph.Silo.Aliases;

/// <summary>An alias file cannot be read or has bad rows; <see cref="Problems"/> lists them ("file:line: what").</summary>
public sealed class AliasFileException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : $"{problems.Count} problems, first: {problems[0]}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
