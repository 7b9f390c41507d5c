using System.CommandLine;
using System.CommandLine.Invocation;

namespace EntityGraph.CommandLine;

/// <summary>
/// A program's command line on System.CommandLine, built from its <see cref="CommandDefinition"/>s: parses, validates and
/// runs one command, prints help ("--help" on any command, or "help COMMAND") and completions ("[suggest]"). A wrong
/// command line, or a <see cref="UsageException"/> from the command, is reported on standard error and ends with
/// <see cref="UsageExitCode"/>.
/// </summary>
public sealed class CommandLineApp
{
    /// <summary>The exit code of a wrong command line.</summary>
    public const int UsageExitCode = 2;

    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    private readonly CommandTree tree;
    private readonly UsageErrorReport report;

    /// <summary>A program of several commands ("PROGRAM COMMAND [SUBCOMMAND] ..."), with a "help" command.</summary>
    public CommandLineApp(string programName, string description, IReadOnlyList<CommandDefinition> definitions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programName);
        ArgumentNullException.ThrowIfNull(definitions);
        ProgramName = programName;
        this.tree = CommandTreeBuilder.Build(programName, description, definitions, Parsing);
        this.report = new UsageErrorReport(programName, () => CommandTreeBuilder.Build(programName, description, definitions, Parsing, withPositionals: false), Parsing);
    }

    /// <summary>A program that is one command ("PROGRAM [OPTIONS]"): the spec's summary describes the program, its name is not typed.</summary>
    public CommandLineApp(string programName, CommandDefinition program)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programName);
        ArgumentNullException.ThrowIfNull(program);
        ProgramName = programName;
        this.tree = CommandTreeBuilder.BuildSingle(programName, program);
        this.report = new UsageErrorReport(programName, () => CommandTreeBuilder.BuildSingle(programName, program, withPositionals: false), Parsing);
    }

    public string ProgramName { get; }

    /// <summary>The root command (for tests and tools that walk the commands).</summary>
    public RootCommand Root => this.tree.Root;

    /// <summary>Parses <paramref name="args"/>; runs the command, its help or completions; returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parseResult = this.tree.Root.Parse(args, Parsing);
        var failed = parseResult.Action is ParseErrorAction;
        var runsCommand = parseResult.Action is not null && parseResult.Action == parseResult.CommandResult.Command.Action;
        var optionLike = failed || runsCommand ? OptionLikeArguments.Find(parseResult) : [];
        var flagValues = failed || runsCommand ? FlagValues.Find(parseResult, args) : [];
        if (failed || optionLike.Count > 0 || flagValues.Count > 0)
        {
            this.report.Write(parseResult, optionLike, [.. flagValues.Select(flag => $"option {flag} takes no value")], error);
            return UsageExitCode;
        }

        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException ex)
        {
            var path = UsageErrorReport.Path(parseResult.CommandResult);
            await error.WriteLineAsync($"{this.report.Prefix(path)}: error: {ex.Message}");
            this.report.WriteHint(path, error);
            return UsageExitCode;
        }
    }
}
