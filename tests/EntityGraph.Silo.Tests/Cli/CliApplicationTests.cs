using EntityGraph.CommandLine;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;

namespace EntityGraph.Silo.Tests.Cli;

public sealed class CliApplicationTests
{
    /// <summary>Every command and subcommand of the command table, as the names typed after "entitygraph".</summary>
    public static TheoryData<string> CommandPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var command in CommandTable.CreateDefault())
        {
            foreach (var (path, _) in Walk([], command.Spec))
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    [Fact]
    public async Task Overall_help_lists_every_command()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in CommandTable.CreateDefault())
        {
            Assert.Contains($"  {command.Spec.Name} ", run.Out);
        }

        Assert.Contains("Usage:", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task No_command_prints_the_help_to_stderr_with_exit_code_2()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("entitygraph [command] [options]", run.Error);
        Assert.Contains("  ingest ", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error_with_a_suggestion()
    {
        var run = await CliRun.RunAsync("ingst", "x");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("entitygraph: error: Unrecognized command or argument 'ingst'", run.Error);
        Assert.Contains("Did you mean one of the following?\ningest", run.Error.ReplaceLineEndings("\n"));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_command_that_needs_a_subcommand_shows_its_subcommands_on_stderr()
    {
        var run = await CliRun.RunAsync("keys");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("entitygraph keys: error:", run.Error);
        Assert.Contains("  create ", run.Error);
        Assert.Contains("  revoke ", run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_command_and_subcommand_has_help_with_all_its_options_and_notes(string path)
    {
        var names = path.Split(' ');
        var spec = Find(names);
        var run = await CliRun.RunAsync([.. names, "--help"]);
        var viaHelp = await CliRun.RunAsync(["help", .. names]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains($"entitygraph {path}", run.Out);
        Assert.Contains(spec.Summary, run.Out);
        foreach (var option in Options(names))
        {
            Assert.Contains(option.IsFlag ? $"--{option.Name} " : $"--{option.Name} <{option.ValueName}>", run.Out);
            Assert.Contains(option.Description, run.Out);
        }

        foreach (var note in spec.Notes ?? [])
        {
            Assert.Contains(note, run.Out);
        }

        foreach (var subcommand in spec.Subcommands)
        {
            Assert.Contains($"  {subcommand.Name} ", run.Out);
        }

        Assert.Contains("--help", run.Out);
        Assert.Equal(ExitCodes.Success, viaHelp.ExitCode);
        Assert.Equal(run.Out, viaHelp.Out);
    }

    [Theory]
    [InlineData("Required argument 'PATH' missing", "ingest")]
    [InlineData("--parallel must be a whole number, not 'lots'", "ingest", "--parallel", "lots", "x.txt")]
    [InlineData("--parallel must be a positive integer, not '0'", "ingest", "--parallel", "0", "x.txt")]
    [InlineData("Argument 'medium' not recognized. Must be one of:", "extract", "--accuracy", "medium", "--text", "x")]
    [InlineData("Argument 'csv' not recognized. Must be one of:", "export", "--format", "csv", "out.jsonl")]
    [InlineData("Required argument 'OUT' missing", "export")]
    [InlineData("Unrecognized command or argument 'b'", "export", "a", "b")]
    [InlineData("Unrecognized command or argument '--port'", "serve", "--port", "80")]
    [InlineData("unknown option '--nope'", "ingest", "--nope", "x.txt")]
    [InlineData("option --json takes no value", "ingest", "--json=yes", "x.txt")]
    [InlineData("Required argument missing for option: '--data-dir'", "ingest", "x.txt", "--data-dir")]
    [InlineData("Option '--data-dir' expects a single argument but 2 were provided", "ingest", "--data-dir", "a", "--data-dir", "b", "x.txt")]
    [InlineData("Option '--out' is required", "redact", "--in", "in.txt")]
    [InlineData("--accept must be a probability between 0 and 1, not '1.5'", "eval", "--data", "x.iob2", "--lang", "en", "--accept", "1.5")]
    public async Task Bad_usage_names_the_problem_and_exits_with_2(string message, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"entitygraph {args[0]}: error: {message}", run.Error);
        Assert.Contains($"Run 'entitygraph {args[0]} --help'", run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("--jsno", "--json", "ingest", "--jsno", "x.txt")]
    [InlineData("--urlz", "--urls", "serve", "--urlz", "http://127.0.0.1:1")]
    [InlineData("creat", "create", "keys", "creat")]
    public async Task An_unknown_option_or_subcommand_gets_a_suggestion(string unknown, string suggestion, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"'{unknown}' was not matched. Did you mean one of the following?\n{suggestion}\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_bad_value_is_refused_before_anything_runs()
    {
        var data = Path.Combine(Path.GetTempPath(), "entitygraph-cli-" + Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("ingest", "--data-dir", data, "--parallel", "-1", "x.txt");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task A_missing_required_option_is_refused_before_anything_runs()
    {
        var data = Path.Combine(Path.GetTempPath(), "entitygraph-cli-" + Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("keys", "create", "--data-dir", data, "--name", "ops");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("entitygraph keys create: error: Option '--role' is required.", run.Error);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task Options_of_a_command_may_come_before_its_subcommand()
    {
        var data = Path.Combine(Path.GetTempPath(), "entitygraph-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await CliRun.RunAsync("models", "--data-dir", data, "list");

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains($"no promoted versions in {Path.Combine(data, "models")}", run.Out);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("extract --acc", "--accuracy")]
    [InlineData("extract --accuracy ", "best", "fast")]
    [InlineData("keys c", "create")]
    [InlineData("store copy --from-provider ", "sqlite", "postgresql")]
    public async Task The_suggest_directive_completes_commands_options_and_choices(string line, params string[] expected)
    {
        var run = await CliRun.RunAsync($"[suggest:{line.Length}]", line);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var completions = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var completion in expected)
        {
            Assert.Contains(completion, completions);
        }
    }

    [Fact]
    public async Task Bad_configuration_is_reported_before_anything_starts()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "ftp://127.0.0.1:21", "--no-samples");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("entitygraph serve: configuration error: EntityGraph:Server:Urls has addresses that are not http(s) URLs: ftp://127.0.0.1:21.", run.Error);
    }

    private static IEnumerable<(string Path, CommandSpec Spec)> Walk(IReadOnlyList<string> parents, CommandSpec spec)
    {
        string[] names = [.. parents, spec.Name];
        yield return (string.Join(' ', names), spec);
        foreach (var subcommand in spec.Subcommands)
        {
            foreach (var below in Walk(names, subcommand))
            {
                yield return below;
            }
        }
    }

    private static CommandSpec Find(IReadOnlyList<string> names)
    {
        var spec = CommandTable.CreateDefault().Single(c => c.Spec.Name == names[0]).Spec;
        foreach (var name in names.Skip(1))
        {
            spec = spec.Subcommands.Single(s => s.Name == name);
        }

        return spec;
    }

    /// <summary>The options of a command and those its parent commands pass on to it.</summary>
    private static IEnumerable<OptionSpec> Options(IReadOnlyList<string> names) =>
        Enumerable.Range(1, names.Count).SelectMany(count => Find([.. names.Take(count)]).Options);
}
