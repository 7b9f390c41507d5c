using System.CommandLine;
using System.CommandLine.Parsing;

namespace EntityGraph.CommandLine;

/// <summary>
/// Flags given a value ("--json=yes"): System.CommandLine splits such an argument into the flag and a separate argument,
/// which a command that takes paths would take for a path.
/// </summary>
internal static class FlagValues
{
    /// <summary>The flags of <paramref name="args"/> (before any "--") written with "=" or ":" and a value.</summary>
    public static IReadOnlyList<string> Find(ParseResult parseResult, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(args);
        return args
            .TakeWhile(arg => arg != "--")
            .Where(arg => arg.StartsWith("--", StringComparison.Ordinal))
            .Select(arg => arg.IndexOfAny(['=', ':']) is > 2 and var end ? arg[..end] : null)
            .OfType<string>()
            .Where(name => parseResult.GetResult(name) is OptionResult { Option.Arity.MaximumNumberOfValues: 0 })
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
