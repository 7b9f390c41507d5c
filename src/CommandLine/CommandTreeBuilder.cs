using System.CommandLine;
using System.CommandLine.Help;

namespace EntityGraph.CommandLine;

/// <summary>
/// The adapter from <see cref="CommandSpec"/>s to System.CommandLine: one <see cref="Command"/> per spec and subcommand,
/// one typed, validated option per <see cref="OptionSpec"/>, the positional arguments, a "help" command, and help that ends
/// with each spec's notes. Parsing, validation, help, typo suggestions and completions then all come from System.CommandLine.
/// </summary>
internal static class CommandTreeBuilder
{
    /// <summary>The name of the command that prints the help of another.</summary>
    public const string HelpCommandName = "help";

    /// <summary>The options a top-level command inherits: none.</summary>
    private static readonly IReadOnlyDictionary<string, BoundOption> NoOptions = new Dictionary<string, BoundOption>(StringComparer.Ordinal);

    /// <summary>
    /// Builds the tree; <paramref name="withPositionals"/> false leaves the positional arguments out (a tree that sees every
    /// unknown token as unmatched, for suggestions).
    /// </summary>
    public static CommandTree Build(string programName, string description, IReadOnlyList<CommandDefinition> definitions, ParserConfiguration configuration, bool withPositionals = true)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var root = new RootCommand(description) { HelpName = programName };
        var bindings = new Dictionary<Command, CommandBinding>();
        var notes = new Dictionary<Command, IReadOnlyList<string>>();
        foreach (var definition in definitions)
        {
            var command = new Command(definition.Spec.Name, definition.Spec.Summary);
            root.Add(Configure(command, definition.Spec, definition.Handler, [definition.Spec.Name], NoOptions, withPositionals, bindings, notes));
        }

        root.Add(HelpCommand(root, configuration));
        return Finish(root, bindings, notes);
    }

    /// <summary>
    /// Builds the tree of a program that is one command: the root command takes <paramref name="program"/>'s options,
    /// positional arguments and notes, and its summary is the program's description.
    /// </summary>
    public static CommandTree BuildSingle(string programName, CommandDefinition program, bool withPositionals = true)
    {
        ArgumentNullException.ThrowIfNull(program);
        var root = new RootCommand(program.Spec.Summary) { HelpName = programName };
        var bindings = new Dictionary<Command, CommandBinding>();
        var notes = new Dictionary<Command, IReadOnlyList<string>>();
        Configure(root, program.Spec, program.Handler, [], NoOptions, withPositionals, bindings, notes);
        return Finish(root, bindings, notes);
    }

    /// <summary>Help that ends with the notes, for every command of the tree.</summary>
    private static CommandTree Finish(RootCommand root, Dictionary<Command, CommandBinding> bindings, Dictionary<Command, IReadOnlyList<string>> notes)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new NotesHelpAction((System.CommandLine.Invocation.SynchronousCommandLineAction)help.Action!, notes);
        return new CommandTree(root, bindings);
    }

    /// <summary>Gives <paramref name="command"/> the options, positional arguments, subcommands, notes and action of <paramref name="spec"/>.</summary>
    private static Command Configure(
        Command command,
        CommandSpec spec,
        CommandHandler handler,
        IReadOnlyList<string> path,
        IReadOnlyDictionary<string, BoundOption> inherited,
        bool withPositionals,
        Dictionary<Command, CommandBinding> bindings,
        Dictionary<Command, IReadOnlyList<string>> notes)
    {
        var isGroup = spec.Subcommands.Count > 0;
        var options = new Dictionary<string, BoundOption>(inherited, StringComparer.Ordinal);
        foreach (var option in spec.Options)
        {
            var bound = new BoundOption(option, OptionFactory.Create(option, recursive: isGroup));
            command.Add(bound.Option);
            options[option.Name] = bound;
        }

        if (spec.Notes is { Count: > 0 })
        {
            notes[command] = spec.Notes;
        }

        if (isGroup)
        {
            foreach (var subcommand in spec.Subcommands)
            {
                var child = new Command(subcommand.Name, subcommand.Summary);
                command.Add(Configure(child, subcommand, handler, [.. path, subcommand.Name], options, withPositionals, bindings, notes));
            }

            return command;
        }

        Argument? positionals = null;
        if (spec.PositionalName is { } positionalName && withPositionals)
        {
            var most = Math.Min(spec.MaxPositionals, ArgumentArity.ZeroOrMore.MaximumNumberOfValues);
            positionals = most == 1 ? new Argument<string>(positionalName) : new Argument<string[]>(positionalName);
            positionals.Arity = new ArgumentArity(spec.MinPositionals, most);
            positionals.Description = spec.PositionalDescription;
            command.Add(positionals);
        }

        var binding = new CommandBinding(spec, path, options, positionals);
        bindings[command] = binding;
        command.SetAction((parseResult, cancellationToken) => handler(new CommandArguments(parseResult, binding), cancellationToken));
        return command;
    }

    private static Command HelpCommand(RootCommand root, ParserConfiguration configuration)
    {
        var names = new Argument<string[]>("COMMAND") { Arity = ArgumentArity.ZeroOrMore, Description = "The command (and subcommand) to describe." };
        names.Validators.Add(result =>
        {
            Command current = root;
            foreach (var token in result.Tokens)
            {
                var next = current.Subcommands.FirstOrDefault(c => string.Equals(c.Name, token.Value, StringComparison.Ordinal));
                if (next is null)
                {
                    result.AddError($"unknown command '{token.Value}'; commands: {string.Join(", ", current.Subcommands.Select(c => c.Name))}");
                    return;
                }

                current = next;
            }
        });
        var command = new Command(HelpCommandName, "Show the help of a command: the same as COMMAND --help.") { names };
        command.Action = new HelpCommandAction(root, names, configuration);
        return command;
    }
}
