using System.CommandLine;
using System.CommandLine.Invocation;

namespace EntityGraph.CommandLine;

/// <summary>"PROGRAM help [COMMAND...]": the same help as "PROGRAM [COMMAND...] --help".</summary>
internal sealed class HelpCommandAction(RootCommand root, Argument<string[]> names, ParserConfiguration configuration) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        string[] args = [.. parseResult.GetValue(names) ?? [], "--help"];
        return root.Parse(args, configuration).Invoke(parseResult.InvocationConfiguration);
    }
}
