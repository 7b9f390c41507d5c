using System.CommandLine;
using System.CommandLine.Parsing;

namespace EntityGraph.CommandLine;

/// <summary>
/// Positional arguments that look like options ("--nmae", "-x"): System.CommandLine hands a token it does not know to a
/// command's positional argument, so an unknown option of a command that takes paths would be taken for a path. Tokens
/// after "--" and a lone "-" (standard input or output) are positional as written.
/// </summary>
internal static class OptionLikeArguments
{
    public static IReadOnlyList<string> Find(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var positional = parseResult.CommandResult.Command.Arguments
            .Select(parseResult.GetResult)
            .OfType<ArgumentResult>()
            .SelectMany(result => result.Tokens)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        return parseResult.Tokens
            .TakeWhile(token => token.Type != TokenType.DoubleDash)
            .Where(token => positional.Contains(token) && token.Value.Length > 1 && token.Value[0] == '-')
            .Select(token => token.Value)
            .ToList();
    }
}
