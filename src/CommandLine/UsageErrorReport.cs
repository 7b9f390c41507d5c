using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace EntityGraph.CommandLine;

/// <summary>
/// Writes what is wrong with a command line to standard error: each problem as "PROGRAM COMMAND: error: ...", System.CommandLine's
/// "did you mean" suggestions for unknown options and commands, then where to read the usage (a command that needs a
/// subcommand and got none shows its help at once).
/// </summary>
internal sealed class UsageErrorReport(string programName, Func<CommandTree> suggestionTree, ParserConfiguration configuration)
{
    /// <summary>Writes the parse errors, the unknown options among the positional arguments and any other problems.</summary>
    public void Write(ParseResult parseResult, IReadOnlyList<string> optionLike, IReadOnlyList<string> problems, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(error);
        var path = Path(parseResult.CommandResult);
        var prefix = Prefix(path);
        foreach (var problem in parseResult.Errors)
        {
            error.WriteLine($"{prefix}: error: {problem.Message}");
        }

        foreach (var token in optionLike)
        {
            error.WriteLine($"{prefix}: error: unknown option '{token}'");
        }

        foreach (var problem in problems)
        {
            error.WriteLine($"{prefix}: error: {problem}");
        }

        var command = parseResult.CommandResult.Command;
        var unknown = parseResult.UnmatchedTokens
            .Where(token => token.StartsWith('-') || command.Subcommands.Count > 0)
            .Concat(optionLike)
            .ToList();
        if (unknown.Count > 0)
        {
            WriteSuggestions(path, unknown, error);
            WriteHint(path, error);
        }
        else if (command.Action is null && command.Subcommands.Count > 0)
        {
            error.WriteLine();
            var help = parseResult.RootCommandResult.Command.Parse([.. path, "--help"], configuration);
            help.Invoke(new InvocationConfiguration { Output = error, Error = error });
        }
        else
        {
            WriteHint(path, error);
        }
    }

    /// <summary>The hint after a problem the command found itself.</summary>
    public void WriteHint(IReadOnlyList<string> path, TextWriter error) =>
        error.WriteLine($"Run '{Prefix(path)} --help' for details.");

    /// <summary>"PROGRAM COMMAND SUBCOMMAND", the name problems are reported under.</summary>
    public string Prefix(IReadOnlyList<string> path) => string.Join(' ', [programName, .. path]);

    /// <summary>The command names below the program down to <paramref name="result"/>.</summary>
    public static IReadOnlyList<string> Path(CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current.Parent is CommandResult parent; current = parent)
        {
            names.Insert(0, current.Command.Name);
        }

        return names;
    }

    /// <summary>
    /// Parses the command path and the unknown tokens with a tree that has no positional arguments, so every one of them is
    /// unmatched, and lets System.CommandLine write its suggestions for them (not its error lines, already written).
    /// </summary>
    private void WriteSuggestions(IReadOnlyList<string> path, IReadOnlyList<string> unknown, TextWriter error)
    {
        var probe = suggestionTree().Root.Parse([.. path, .. unknown], configuration);
        if (probe.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
            probe.Invoke(new InvocationConfiguration { Output = error, Error = TextWriter.Null });
        }
    }
}
