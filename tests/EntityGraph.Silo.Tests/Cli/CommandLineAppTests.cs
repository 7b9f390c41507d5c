using EntityGraph.CommandLine;

namespace EntityGraph.Silo.Tests.Cli;

/// <summary>The adapter from command specs to System.CommandLine, on a made-up command.</summary>
public sealed class CommandLineAppTests
{
    private static readonly CommandSpec Demo = new(
        "demo",
        "Demo command.",
        [
            new OptionSpec("name", "N", "A name."),
            new OptionSpec("flag", null, "A flag."),
            new OptionSpec("tag", "T", "A tag.", Repeatable: true),
            new OptionSpec("count", "N", "A count.") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("offset", "N", "An offset.") { Kind = OptionValueKind.Integer },
            new OptionSpec("rate", "X", "A rate.") { Kind = OptionValueKind.Number },
            OptionSpec.Choice("mode", "A mode.", ["best", "fast"]),
            new OptionSpec("part", "P", "A part.", Repeatable: true) { Choices = ["models", "server"] },
        ],
        PositionalName: "PATH",
        MinPositionals: 1,
        MaxPositionals: 3,
        Notes: ["A note about demo."]);

    private static readonly CommandSpec Group = new("group", "Group command.", [new OptionSpec("dir", "DIR", "A folder.")], Notes: ["A note about group."])
    {
        Subcommands =
        [
            new("make", "Make one.", [new OptionSpec("what", "W", "What to make.") { Required = true }]),
            new("list", "List them.", []),
        ],
    };

    [Fact]
    public async Task Options_flags_and_positionals_are_parsed_in_any_order()
    {
        var (code, arguments, _) = await RunAsync("demo", "a.txt", "--name", "x", "--flag", "--tag=t1", "b.txt", "--tag", "t2");

        Assert.Equal(0, code);
        Assert.Equal("x", arguments!.Value("name"));
        Assert.True(arguments.HasFlag("flag"));
        Assert.Equal(["t1", "t2"], arguments.Values("tag"));
        Assert.Equal(["a.txt", "b.txt"], arguments.Positionals);
        Assert.Equal("demo", arguments.CommandPath);
    }

    [Fact]
    public async Task Absent_options_read_as_absent()
    {
        var (_, arguments, _) = await RunAsync("demo", "p");

        Assert.Null(arguments!.Value("name"));
        Assert.False(arguments.HasFlag("flag"));
        Assert.Empty(arguments.Values("tag"));
        Assert.Equal(4, arguments.Integer("count", 4));
        Assert.Null(arguments.Number("rate"));
        Assert.Null(arguments.Value("no-such-option"));
    }

    [Fact]
    public async Task A_double_dash_ends_options_and_a_single_dash_is_positional()
    {
        var (code, arguments, _) = await RunAsync("demo", "-", "--", "--name");

        Assert.Equal(0, code);
        Assert.Null(arguments!.Value("name"));
        Assert.Equal(["-", "--name"], arguments.Positionals);
    }

    [Fact]
    public async Task Values_may_start_with_one_dash_or_be_given_with_equals()
    {
        Assert.Equal("-5", (await RunAsync("demo", "--name", "-5", "p")).Arguments!.Value("name"));
        Assert.Equal("--odd", (await RunAsync("demo", "--name=--odd", "p")).Arguments!.Value("name"));
        Assert.Equal(-3, (await RunAsync("demo", "--offset", "-3", "p")).Arguments!.Integer("offset", 0));
    }

    [Fact]
    public async Task Typed_values_are_converted_with_the_invariant_culture_and_choices_come_back_as_spelled_in_the_spec()
    {
        var (_, arguments, _) = await RunAsync("demo", "--count", "7", "--rate", "1e-4", "--mode", "FAST", "p");

        Assert.Equal(7, arguments!.Integer("count", 1));
        Assert.Equal(1e-4, arguments.Number("rate"));
        Assert.Equal("fast", arguments.Value("mode"));
    }

    [Fact]
    public async Task A_repeatable_option_with_choices_takes_only_those_and_returns_them_as_spelled_in_the_spec()
    {
        var (code, arguments, _) = await RunAsync("demo", "--part", "SERVER", "--part", "models", "p");
        var (refused, _, error) = await RunAsync("demo", "--part", "server", "--part", "disk", "p");

        Assert.Equal(0, code);
        Assert.Equal(["server", "models"], arguments!.Values("part"));
        Assert.Equal(CommandLineApp.UsageExitCode, refused);
        Assert.Contains("Argument 'disk' not recognized. Must be one of:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--count must be a positive integer, not '0'", "--count", "0", "p")]
    [InlineData("--count must be a whole number, not 'two'", "--count", "two", "p")]
    [InlineData("--rate must be a number, not '1,5'", "--rate", "1,5", "p")]
    [InlineData("Argument 'slow' not recognized. Must be one of:", "--mode", "slow", "p")]
    [InlineData("Option '--name' expects a single argument but 2 were provided.", "--name", "a", "--name", "b", "p")]
    [InlineData("Required argument missing for option: '--name'.", "p", "--name")]
    [InlineData("option --flag takes no value", "--flag=yes", "p")]
    [InlineData("unknown option '--nmae'", "--nmae", "x", "p")]
    [InlineData("unknown option '-x'", "-x", "p")]
    [InlineData("Required argument 'PATH' missing for command: 'demo'.", "--flag")]
    [InlineData("Unrecognized command or argument 'd'.", "a", "b", "c", "d")]
    public async Task Mistakes_are_usage_errors_that_say_what_is_wrong(string message, params string[] args)
    {
        var (code, arguments, error) = await RunAsync(["demo", .. args]);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Null(arguments);
        Assert.Contains($"demo-app demo: error: {message}", error);
        Assert.Contains("Run 'demo-app demo --help' for details.", error);
    }

    [Fact]
    public async Task An_unknown_option_gets_a_suggestion()
    {
        var (_, _, error) = await RunAsync("demo", "--nmae", "x", "p");

        Assert.Contains("'--nmae' was not matched. Did you mean one of the following?\n--name\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Help_shows_the_options_their_values_and_the_notes()
    {
        using var output = new StringWriter();
        var code = await App((_, _) => Task.FromResult(0)).RunAsync(["demo", "--help"], output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("demo-app demo <PATH>... [options]", output.ToString());
        Assert.Contains("--count <N>", output.ToString());
        Assert.Contains("--mode <best|fast>", output.ToString());
        Assert.Contains("--flag ", output.ToString());
        Assert.Contains("A note about demo.", output.ToString());
    }

    [Fact]
    public async Task A_subcommand_takes_its_parents_options_before_or_after_its_name_and_its_own_required_ones()
    {
        var before = await RunAsync("group", "--dir", "d", "make", "--what", "w");
        var after = await RunAsync("group", "make", "--what", "w", "--dir", "d");
        var missing = await RunAsync("group", "make");

        Assert.Equal(("make", "d", "w"), (before.Arguments!.Spec.Name, before.Arguments.Value("dir"), before.Arguments.Value("what")));
        Assert.Equal(("make", "d", "w"), (after.Arguments!.Spec.Name, after.Arguments.Value("dir"), after.Arguments.Value("what")));
        Assert.Equal("group make", after.Arguments.CommandPath);
        Assert.Equal(CommandLineApp.UsageExitCode, missing.Code);
        Assert.Contains("demo-app group make: error: Option '--what' is required.", missing.Error);
    }

    [Fact]
    public async Task A_usage_exception_from_the_command_is_reported_like_a_parse_error()
    {
        using var error = new StringWriter();
        var code = await App((_, _) => throw new UsageException("--name must not be empty", "demo")).RunAsync(["demo", "p"], TextWriter.Null, error);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Equal("demo-app demo: error: --name must not be empty\nRun 'demo-app demo --help' for details.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_handler_gets_the_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var app = App((_, token) => Task.FromResult(token.IsCancellationRequested ? 5 : 0));

        Assert.Equal(5, await app.RunAsync(["demo", "p"], TextWriter.Null, TextWriter.Null, cancellation.Token));
    }

    [Fact]
    public async Task A_program_that_is_one_command_takes_its_options_directly()
    {
        CommandArguments? seen = null;
        var app = new CommandLineApp("one", new CommandDefinition(Demo, (arguments, _) =>
        {
            seen = arguments;
            return Task.FromResult(0);
        }));
        using var help = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await app.RunAsync(["--count", "2", "p"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((2, "p", ""), (seen!.Integer("count", 1), seen.Positionals[0], seen.CommandPath));
        Assert.Equal(0, await app.RunAsync(["--help"], help, TextWriter.Null));
        Assert.Contains("Demo command.", help.ToString());
        Assert.Contains("one <PATH>... [options]", help.ToString());
        Assert.Contains("A note about demo.", help.ToString());
        Assert.Equal(CommandLineApp.UsageExitCode, await app.RunAsync(["--cont", "2", "p"], TextWriter.Null, error));
        Assert.Contains("one: error: unknown option '--cont'", error.ToString());
        Assert.Contains("Run 'one --help' for details.", error.ToString());
    }

    private static CommandLineApp App(CommandHandler handler) =>
        new("demo-app", "A demo program.", [new CommandDefinition(Demo, handler), new CommandDefinition(Group, handler)]);

    private static async Task<(int Code, CommandArguments? Arguments, string Error)> RunAsync(params string[] args)
    {
        CommandArguments? seen = null;
        using var error = new StringWriter();
        var code = await App((arguments, _) =>
        {
            seen = arguments;
            return Task.FromResult(0);
        }).RunAsync(args, TextWriter.Null, error);
        return (code, seen, error.ToString());
    }
}
